-- Coverage by area (DESIGN.md 3.1): each postcode to the boundary of kind
-- :kind that it intersects (contains or touches), the lowest fid on shared
-- borders; per boundary the postcodes, premises and premises lacking
-- gigabit, SFBB and full fibre and below the USO, and one unassigned row.
COPY (
  WITH assigned AS (
    SELECT p.*, b.fid AS boundary
    FROM postcodes p
    LEFT JOIN LATERAL (
      SELECT b.fid FROM boundaries b
      WHERE b.kind = :'kind' AND ST_Intersects(b.geom, p.geom)
      ORDER BY b.fid
      LIMIT 1) b ON true
  ), sums AS (
    SELECT boundary,
           count(*) AS postcodes,
           sum(all_premises) AS premises,
           sum(all_premises * (1 - gigabit_pct / 100)) AS lacking_gigabit,
           sum(all_premises * (1 - sfbb_pct / 100)) AS lacking_sfbb,
           sum(all_premises * (1 - full_fibre_pct / 100)) AS lacking_full_fibre,
           sum(all_premises * (below_uso_pct / 100)) AS below_uso
    FROM assigned
    GROUP BY boundary
  )
  SELECT coalesce(b.code, '') AS code,
         coalesce(b.name, '') AS name,
         coalesce(s.postcodes, 0) AS postcodes,
         coalesce(s.premises, 0) AS premises,
         coalesce(s.lacking_gigabit, 0) AS premises_lacking_gigabit,
         coalesce(s.lacking_sfbb, 0) AS premises_lacking_sfbb,
         coalesce(s.lacking_full_fibre, 0) AS premises_lacking_full_fibre,
         coalesce(s.below_uso, 0) AS premises_below_uso
  FROM boundaries b
  LEFT JOIN sums s ON s.boundary = b.fid
  WHERE b.kind = :'kind' AND b.geom IS NOT NULL
  UNION ALL
  SELECT '', '(unassigned)', coalesce(s.postcodes, 0), coalesce(s.premises, 0),
         coalesce(s.lacking_gigabit, 0), coalesce(s.lacking_sfbb, 0),
         coalesce(s.lacking_full_fibre, 0), coalesce(s.below_uso, 0)
  FROM (SELECT 1) one
  LEFT JOIN sums s ON s.boundary IS NULL
  ORDER BY 1
) TO STDOUT WITH (FORMAT csv, HEADER);
