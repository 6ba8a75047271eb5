-- (a part of src/security.sql, included by it and by the upgrade)
-- A member inserts and updates every column of the tables it writes but the
-- id: the identity sequences are shared by all organisations, and an
-- explicit id (or OVERRIDING SYSTEM VALUE, or an UPDATE of the id) ahead
-- of a sequence would make another organisation's next row fail with a
-- duplicate key.  Without the column's privilege neither is allowed (COPY
-- with the column neither); a column added later is granted here without an
-- edit.
DO $do$
DECLARE
	t record;
	cols text;
BEGIN
	-- (a relation an upgrade creates later is skipped: the upgrade runs this
	-- piece again after it)
	FOR t IN SELECT pg_catalog.to_regclass(v.rel) AS rel, v.id_column
			 FROM (VALUES ('@extschema@.product_model', 'id'), ('@extschema@.asset', 'id'),
						  ('@extschema@.asset_import_row', 'row_id'), ('@extschema@.asset_import', 'row_id'),
						  ('@extschema@.import_error', 'id'), ('@extschema@.offer', 'id')) v (rel, id_column)
			 WHERE pg_catalog.to_regclass(v.rel) IS NOT NULL
	LOOP
		SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
		FROM pg_catalog.pg_attribute a
		WHERE a.attrelid = t.rel AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> t.id_column;
		EXECUTE format('GRANT INSERT (%s), UPDATE (%s) ON %s TO circular_ict_member', cols, cols, t.rel);
	END LOOP;
END
$do$;
