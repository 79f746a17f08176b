-- Area gap (docs/design.md, Area gap): district :district minus the union of the hotspot
-- footprints (ST_Buffer with 8 segments per quarter circle: the 32-gon) and
-- the mobile coverage polygons that reach it. covered = district - gap.
COPY (
  WITH district AS (
    SELECT geom FROM boundaries WHERE kind = 'district' AND code = :'district'
  ), footprints AS (
    SELECT ST_Buffer(h.geom, h.radius_m, 8) AS geom
    FROM hotspots h, district d
    WHERE h.radius_m > 0 AND ST_DWithin(h.geom, d.geom, h.radius_m)
    UNION ALL
    SELECT m.geom
    FROM mobile_coverage m, district d
    WHERE ST_Intersects(m.geom, d.geom)
  ), gap AS (
    SELECT d.geom AS district, ST_Difference(d.geom, (SELECT ST_Union(geom) FROM footprints)) AS geom
    FROM district d
  )
  SELECT :'district' AS district,
         ST_Area(district) AS district_area_m2,
         ST_Area(district) - ST_Area(geom) AS covered_area_m2,
         ST_Area(geom) AS gap_area_m2
  FROM gap
) TO STDOUT WITH (FORMAT csv, HEADER);
