-- Nearest duct (docs/design.md, Nearest duct): for every postcode whose :metric is below
-- :below, the distance to the nearest duct of status :status and that duct's
-- ref, on equal distances the lowest fid. The nearest distance comes from a
-- KNN search of the GiST index (ORDER BY <-> LIMIT 1); the tie-break is a
-- second indexed look-up at that distance, since ORDER BY <->, fid cannot use
-- the index and sorts every duct for every postcode.
COPY (
  SELECT p.postcode, nearest.distance AS distance_m, tie.ref AS duct_ref
  FROM postcodes p
  CROSS JOIN LATERAL (
    SELECT ST_Distance(d.geom, p.geom) AS distance
    FROM ducts d
    WHERE d.status = :'status'
    ORDER BY d.geom <-> p.geom
    LIMIT 1) nearest
  CROSS JOIN LATERAL (
    SELECT coalesce(d.ref, '') AS ref
    FROM ducts d
    WHERE d.status = :'status'
      AND ST_DWithin(d.geom, p.geom, nearest.distance)
      AND ST_Distance(d.geom, p.geom) = nearest.distance
    ORDER BY d.fid
    LIMIT 1) tie
  WHERE p.:"metric" < :below AND p.geom IS NOT NULL
  ORDER BY p.postcode
) TO STDOUT WITH (FORMAT csv, HEADER);
