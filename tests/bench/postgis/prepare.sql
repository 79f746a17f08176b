-- After ogr2ogr has loaded the project's layers (fids kept): ISO date text
-- becomes date, every geometry gets a GiST index, and statistics are gathered.
-- This is loading: the benchmark does not time it.
ALTER TABLE ducts
  ALTER COLUMN planned_start TYPE date USING planned_start::date,
  ALTER COLUMN planned_end TYPE date USING planned_end::date;
ALTER TABLE street_works
  ALTER COLUMN start_date TYPE date USING start_date::date,
  ALTER COLUMN end_date TYPE date USING end_date::date;
ALTER TABLE restrictions
  ALTER COLUMN start_date TYPE date USING start_date::date,
  ALTER COLUMN end_date TYPE date USING end_date::date;
CREATE INDEX boundaries_geom ON boundaries USING gist (geom);
CREATE INDEX postcodes_geom ON postcodes USING gist (geom);
CREATE INDEX ducts_geom ON ducts USING gist (geom);
CREATE INDEX street_works_geom ON street_works USING gist (geom);
CREATE INDEX restrictions_geom ON restrictions USING gist (geom);
CREATE INDEX hotspots_geom ON hotspots USING gist (geom);
CREATE INDEX mobile_coverage_geom ON mobile_coverage USING gist (geom);
VACUUM ANALYZE;
