-- One Dig (docs/design.md, One Dig) at distance :distance m, into :dir. Works: not marked
-- inactive; planned ducts: planned or proposed with a planned window;
-- restrictions: s58 and s58a. Ranges [start, end] include both ends.
\o :dir/opportunities.csv
COPY (
  SELECT w.work_reference_number, d.ref AS duct_ref,
         ST_Distance(w.geom, d.geom) AS distance_m,
         greatest(w.start_date, d.planned_start) AS overlap_start,
         least(w.end_date, d.planned_end) AS overlap_end,
         least(w.end_date, d.planned_end) - greatest(w.start_date, d.planned_start) + 1
           AS overlap_days,
         w.usrn, w.promoter_organisation
  FROM ducts d
  JOIN street_works w
    ON ST_DWithin(w.geom, d.geom, :distance)
   AND w.start_date <= d.planned_end AND d.planned_start <= w.end_date
  WHERE d.status IN ('planned', 'proposed')
    AND d.planned_start IS NOT NULL AND d.planned_end IS NOT NULL
    AND coalesce(w.is_active, 1) <> 0
  ORDER BY 1, 2
) TO STDOUT WITH (FORMAT csv, HEADER);
\o :dir/conflicts.csv
COPY (
  SELECT a.work_reference_number AS work_reference_number_a,
         b.work_reference_number AS work_reference_number_b,
         ST_Distance(a.geom, b.geom) AS distance_m,
         greatest(a.start_date, b.start_date) AS overlap_start,
         least(a.end_date, b.end_date) AS overlap_end,
         least(a.end_date, b.end_date) - greatest(a.start_date, b.start_date) + 1
           AS overlap_days,
         a.usrn AS usrn_a, b.usrn AS usrn_b
  FROM street_works a
  JOIN street_works b
    ON a.fid < b.fid
   AND ST_DWithin(a.geom, b.geom, :distance)
   AND a.start_date <= b.end_date AND b.start_date <= a.end_date
  WHERE coalesce(a.is_active, 1) <> 0 AND coalesce(b.is_active, 1) <> 0
  ORDER BY 1, 2
) TO STDOUT WITH (FORMAT csv, HEADER);
\o :dir/blocked.csv
COPY (
  SELECT d.ref AS duct_ref, r.usrn,
         r.start_date AS restriction_start, r.end_date AS restriction_end,
         CASE WHEN ST_Dimension(r.geom) = 2 THEN ST_Length(ST_Intersection(d.geom, r.geom))
              ELSE ST_Length(d.geom) END AS length_m
  FROM ducts d
  JOIN restrictions r
    ON ST_Intersects(d.geom, r.geom)
   AND r.start_date <= d.planned_end AND d.planned_start <= r.end_date
  WHERE d.status IN ('planned', 'proposed')
    AND d.planned_start IS NOT NULL AND d.planned_end IS NOT NULL
    AND r.kind IN ('s58', 's58a')
  ORDER BY 1, 2, 3, 4
) TO STDOUT WITH (FORMAT csv, HEADER);
\o
