-- (a part of src/security.sql, included by it and by the upgrade)
-- The planner's statistics: ANALYZE samples every organisation's rows, and
-- the planner estimates a member's condition on a column from them (its
-- most common values and histogram), so a plain EXPLAIN would tell a member
-- which names, serials and models occur in the group and how often
-- (issue 18).  The columns that hold names, serials, staged values and the
-- references to models keep no statistics: no report filters on them, and
-- their estimates fall back to PostgreSQL's defaults.  The categories, the
-- dates and the organisation ids keep theirs (the reports' plans need them):
-- an estimate tells the group's spread over those, roughly, and no more.
DO $do$
DECLARE
	c record;
BEGIN
	FOR c IN
		SELECT a.attrelid::pg_catalog.regclass AS rel, a.attname
		FROM pg_catalog.pg_attribute a
		WHERE a.attnum > 0 AND NOT a.attisdropped
		  AND ((a.attrelid = '@extschema@.asset'::pg_catalog.regclass
				AND a.attname IN ('serial', 'entity', 'model_id'))
			OR (a.attrelid = '@extschema@.product_model'::pg_catalog.regclass
				AND a.attname IN ('manufacturer', 'model'))
			OR (a.attrelid = '@extschema@.offer'::pg_catalog.regclass
				AND a.attname IN ('tender', 'supplier', 'manufacturer', 'model'))
			-- staged rows and import errors: every value a file held
			OR (a.attrelid IN ('@extschema@.asset_import_row'::pg_catalog.regclass,
							   '@extschema@.import_error'::pg_catalog.regclass)
				AND a.attname NOT IN ('organisation_id', 'imported_at'))
			OR a.attrelid = '@extschema@.organisation_member'::pg_catalog.regclass)
		ORDER BY 1, 2
	LOOP
		EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I SET STATISTICS 0', c.rel, c.attname);
	END LOOP;
END
$do$;
