-- import of whole inventory files, and the check every import shares
--
-- import_file(organisation, file bytea) reads a file as real exports write
-- it (src/inventory_file.c), maps its header names to fields by a table,
-- and imports its lines; import_assets(organisation) imports the rows
-- staged through asset_import.  Both fill the session's temporary table
-- circular_ict_import_rows and call import_rows(), which checks every row
-- once (one rule a line) and writes the assets and the problems.  This
-- piece is also the upgrade from 0.2.0 (src/upgrade/0.2.0--0.3.0.sql
-- includes it): import_assets() is replaced, everything else is new.

-- the vocabulary of real inventory files: data, not code.  Shipped rows
-- cite where each word comes from; users add their own (their rows win).

CREATE TABLE @extschema@.import_column_alias (
	header text NOT NULL CHECK (btrim(header) <> ''),
	field text NOT NULL CHECK (field IN ('serial', 'model', 'manufacturer', 'category', 'quantity',
		'purchased', 'retired', 'status', 'eol_route', 'acquired', 'country', 'entity', 'mass_kg',
		'embodied_kg_co2e', 'kwh_per_year', 'planned_retirement', 'ignore')),
	preference integer NOT NULL DEFAULT 1 CHECK (preference BETWEEN 0 AND 9),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (header, shipped)
);
COMMENT ON TABLE @extschema@.import_column_alias IS 'header names of inventory files and the asset field each gives (ignore: a known column that is not imported), matched case-insensitively with surrounding spaces ignored: the English names, NumEcoEval/G4IT, Snipe-IT and GLPI exports; users add their own';
COMMENT ON COLUMN @extschema@.import_column_alias.header IS 'a column name as files write it';
COMMENT ON COLUMN @extschema@.import_column_alias.field IS 'the field it gives: serial, model, manufacturer, category, quantity, purchased, retired, status, eol_route, acquired, country, entity, mass_kg, embodied_kg_co2e, kwh_per_year, planned_retirement, or ignore';
COMMENT ON COLUMN @extschema@.import_column_alias.preference IS 'when several columns of one file give the same field, the one of the lowest preference is imported and the others are not (Snipe-IT''s Asset Tag, 0, before its manufacturer Serial, 1), but a line whose serial column is empty takes its serial from the serial column next in preference; a tie is an error for the file';
COMMENT ON COLUMN @extschema@.import_column_alias.note IS 'where the name comes from';
COMMENT ON COLUMN @extschema@.import_column_alias.shipped IS 'true for the rows circular_ict ships (an upgrade refreshes them; pg_dump keeps the others)';
--@data src/data/import_column_alias.csv shipped=true
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_column_alias', 'WHERE NOT shipped');

CREATE VIEW @extschema@.import_column_lookup WITH (security_invoker = true) AS
SELECT DISTINCT ON (lower(btrim(a.header))) lower(btrim(a.header)) AS key, a.field, a.preference
FROM @extschema@.import_column_alias a
ORDER BY lower(btrim(a.header)), a.shipped;
COMMENT ON VIEW @extschema@.import_column_lookup IS 'every header name import_file() knows (lower case, trimmed) and its field; a user''s row wins over a shipped one';
COMMENT ON COLUMN @extschema@.import_column_lookup.key IS 'a header name, lower case';
COMMENT ON COLUMN @extschema@.import_column_lookup.field IS 'the field it gives, or ignore';
COMMENT ON COLUMN @extschema@.import_column_lookup.preference IS 'the lowest preference wins among columns of one file that give the same field';

CREATE TABLE @extschema@.status_alias (
	alias text NOT NULL CHECK (btrim(alias) <> ''),
	status text NOT NULL CHECK (status IN ('in_use', 'in_stock', 'retired')),
	eol_route text CHECK (eol_route IN ('reuse', 'refurbishment', 'formal_recycling', 'informal_unknown', 'landfill')),
	note text,
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (alias, shipped),
	CHECK (eol_route IS NULL OR status = 'retired')
);
COMMENT ON TABLE @extschema@.status_alias IS 'status words of inventory files and the asset status each means (in use, in stock, retired), with the end-of-life route where the word implies one (lost, donated …); matched case-insensitively; users add their own';
COMMENT ON COLUMN @extschema@.status_alias.alias IS 'a status as files write it';
COMMENT ON COLUMN @extschema@.status_alias.status IS 'in_use, in_stock or retired';
COMMENT ON COLUMN @extschema@.status_alias.eol_route IS 'the end-of-life route the word implies, used when the file gives none';
COMMENT ON COLUMN @extschema@.status_alias.note IS 'where the word comes from, and why it means this status';
COMMENT ON COLUMN @extschema@.status_alias.shipped IS 'true for the rows circular_ict ships (an upgrade refreshes them; pg_dump keeps the others)';
--@data src/data/status_alias.csv shipped=true
SELECT pg_catalog.pg_extension_config_dump('@extschema@.status_alias', 'WHERE NOT shipped');

CREATE VIEW @extschema@.status_lookup WITH (security_invoker = true) AS
SELECT DISTINCT ON (lower(btrim(a.alias))) lower(btrim(a.alias)) AS key, a.status, a.eol_route
FROM @extschema@.status_alias a
ORDER BY lower(btrim(a.alias)), a.shipped;
COMMENT ON VIEW @extschema@.status_lookup IS 'every status word the import accepts (lower case, trimmed), its status and implied end-of-life route; a user''s row wins over a shipped one';
COMMENT ON COLUMN @extschema@.status_lookup.key IS 'a status word, lower case';
COMMENT ON COLUMN @extschema@.status_lookup.status IS 'in_use, in_stock or retired';
COMMENT ON COLUMN @extschema@.status_lookup.eol_route IS 'the end-of-life route the word implies, or NULL';

GRANT SELECT ON @extschema@.import_column_alias, @extschema@.import_column_lookup,
	@extschema@.status_alias, @extschema@.status_lookup TO PUBLIC;

-- the readers of a file's bytes (src/inventory_file.c)
CREATE FUNCTION @extschema@.inventory_header(file bytea, delimiter text DEFAULT NULL, skip integer DEFAULT 0,
		OUT encoding text, OUT separator text, OUT line integer, OUT names text[])
	AS 'MODULE_PATHNAME', 'inventory_header'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.inventory_header(bytea, text, integer) IS 'how import_file() reads an inventory file: its encoding (UTF-8, UTF-8 with BOM, UTF-16LE/BE by their BOM or by the NULs of the first two ASCII characters), its delimiter (given, or the most frequent of ; tab , | in the header line), the line of its header (the first line with something on it after skip such lines) and the header''s names';

CREATE FUNCTION @extschema@.inventory_headers(file bytea, delimiter text DEFAULT NULL, tries integer DEFAULT 10,
		OUT skip integer, OUT encoding text, OUT separator text, OUT line integer, OUT names text[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'inventory_headers'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.inventory_headers(bytea, text, integer) IS 'the lines of an inventory file that can be read as its header, as inventory_header reads them after skip = 0, 1, ... tries - 1 (1 to 100) lines of text: each line once, with the skip that reaches it first; none that holds no delimiter or cannot be read; import_file() takes the first that names the columns it needs';

CREATE FUNCTION @extschema@.inventory_records(file bytea, delimiter text, header_fields integer,
		min_fields integer, skip integer DEFAULT 0, OUT line integer, OUT last_line integer, OUT fields text[],
		OUT blank boolean, OUT recoded integer, OUT problem text, OUT problem_field integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'inventory_records'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.inventory_records(bytea, text, integer, integer, integer) IS 'the records after the header of an inventory file (the header as inventory_header finds it with the same skip), each with the lines it spans, its fields (NULL for a blank line), how many values were read as Windows-1252 and what keeps it from being read (a NUL, bad UTF-16, a value over 64 kB, over 1600 fields); header_fields and min_fields: the fields the header has and the fewest a line may have';

CREATE FUNCTION @extschema@.import_date(text, date_order text) RETURNS date
	AS 'MODULE_PATHNAME', 'import_date_ordered'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_date(text, text) IS 'import_date(text) with a date written A/B/Y read day first (date_order DMY) or month first (MDY); NULL when the text is not a date';

CREATE FUNCTION @extschema@.import_date_order(text) RETURNS text
	AS 'MODULE_PATHNAME', 'import_date_order_of'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_date_order(text) IS 'for a date written A/B/Y: DMY or MDY when only that order makes it a date, either when both make different dates; NULL for any other text';

-- a value of an optional column as the import reads it: trimmed, and NULL
-- when blank or when it is one of the words spreadsheets and exports write
-- for "no value" (Excel's #N/A, N/A, NULL, None, a dash ...), so that a
-- retirement date "N/A" is no date rather than a bad one, and a model or
-- a serial "N/A" is none rather than a device of that name.  The import's
-- errors and staged_row still show the file's own text
CREATE FUNCTION @extschema@.import_value(value text) RETURNS text
	AS 'MODULE_PATHNAME', 'import_value'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_value(text) IS 'a value of an inventory file as the import reads it: trimmed of spaces, NULL when blank or a word for no value (N/A, #N/A, n.a., NULL, None, (none), (blank), -, --, ?, pandas'' nan, NaT and <NA>, (null), Excel''s error values #REF!, #VALUE!, #NAME?, #DIV/0!, #NUM!, #NULL!, n.v.t., k.A., N/D, s/o, an en or em dash; any case)';
CREATE FUNCTION @extschema@.import_value(value text, na boolean) RETURNS text
	AS 'MODULE_PATHNAME', 'import_value'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_value(text, boolean) IS 'import_value(text), and with na true R''s NA (any case) is no value too: how the import reads the columns where NA cannot be a value (the serial, model, manufacturer, quantity, retirement and planned dates, figures, status, end-of-life route, acquisition); not the entity (North America) or country (Namibia''s code)';

-- figures whose thousands are grouped (1.200 with a decimal comma, 1,200
-- with a decimal point): the file's decimal mark is the one its figures
-- show (import_decimal_mark), and the other one then groups thousands
CREATE FUNCTION @extschema@.import_decimal_mark(value text) RETURNS text
	AS 'MODULE_PATHNAME', 'import_decimal_mark_of'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_decimal_mark(text) IS 'the decimal mark a number of an inventory file shows it uses: . or , when its form leaves no doubt (1.85, 25,5, 0.500, 1234.500, 1.234,5, 1,234,567), either when its one separator could mark decimals or group thousands (1.200, 12,500), NULL when it has none or is not a number';
CREATE FUNCTION @extschema@.import_number(value text, decimal_mark text) RETURNS float8
	AS 'MODULE_PATHNAME', 'import_number_marked'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_number(text, text) IS 'a finite number of an inventory file whose decimal mark is decimal_mark (. or ,), the other mark grouping thousands (1.234,5 and 1.200 are 1234.5 and 1200 with a decimal comma); NULL decimal_mark: import_number(text), either mark and no grouping by it; thousands grouped by spaces or apostrophes (1 200,5, 1''200.50) read with every mark; NULL when the text is not such a number';

-- a word as the import compares it when a lookup lacks it as written:
-- without its hyphens, underscores, dots, apostrophes and spaces, so
-- "In-Use", "in_stock", "Purchase_Date", "SerialNumber" or
-- "Personal-Computer" find the words "In use", "in stock", "Purchase Date",
-- "Serial number", "Personal Computer"
CREATE FUNCTION @extschema@.import_word(word text) RETURNS text
	AS 'MODULE_PATHNAME', 'import_word'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_word(text) IS 'a word as the import compares it when its lookup lacks it as written (a header name, category or status word, lower-cased first): without its hyphens, underscores, dots, apostrophes (also U+2019) and spaces, so that Purchase_Date, PurchaseDate and purchase-date read as Purchase Date';

-- the organisation an import writes to, once its caller may: the checks
-- and locks import_assets() and import_file() share
CREATE FUNCTION @extschema@.import_target(organisation text, OUT org_id integer, OUT org_name text)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
	IF organisation IS NULL THEN
		RAISE EXCEPTION 'organisation must not be NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT o.id, o.name INTO org_id, org_name
	FROM @extschema@.organisation o WHERE o.name = import_target.organisation;
	IF org_id IS NULL THEN
		RAISE EXCEPTION 'organisation "%" does not exist', organisation
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Add it first: INSERT INTO circular_ict.organisation (name) VALUES (...).';
	END IF;
	-- a member imports only where organisation_member lets it write (the
	-- admin and superusers anywhere); row-level security would refuse the
	-- writes anyway, this says why
	IF NOT pg_has_role('circular_ict_admin', 'USAGE')
		AND NOT (org_id = ANY (@extschema@.writable_organisations())) THEN
		RAISE EXCEPTION 'permission denied to import assets of organisation "%"', org_name
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Role %s may read organisation "%s" but not write to it.', current_user, org_name),
				  HINT = 'The admin gives write access with can_write in circular_ict.organisation_member.';
	END IF;
	-- Staged rows of no organisation go to whichever import takes them,
	-- and only a role that row-level security does not confine to its
	-- organisations sees them (the admin, the owner, a superuser): such
	-- imports take one lock for all organisations, before their own, so
	-- that two of them never run at once (the second waits, then finds the
	-- rows gone).  Members' imports of different organisations still run
	-- side by side.  The locks are rows of work_lock, which no member can
	-- see or take (src/member_writes.sql); an import waits
	-- work_lock_timeout() for one at most, then says what it waited for.
	IF NOT pg_catalog.row_security_active('@extschema@.asset_import_row'::pg_catalog.regclass)
		OR pg_has_role('circular_ict_admin', 'USAGE') THEN
		PERFORM @extschema@.work_lock('import', NULL);
	END IF;
	-- one import per organisation at a time: two at once would both take
	-- the same serials for new ones
	PERFORM @extschema@.work_lock('import', org_id);
END
$function$;
COMMENT ON FUNCTION @extschema@.import_target(text) IS 'the organisation an import writes to: refuses an unknown organisation and a role that may not write to it, and takes the import''s locks (one import per organisation at a time); used by import_assets() and import_file()';

-- the rows an import checks, as text: filled by import_assets() from the
-- staging area or by import_file() from a file, then read by import_rows()
CREATE FUNCTION @extschema@.import_rows_table() RETURNS void
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
	IF pg_catalog.to_regclass('pg_temp.circular_ict_import_rows') IS NOT NULL THEN
		TRUNCATE pg_temp.circular_ict_import_rows;
		RETURN;
	END IF;
	CREATE TEMP TABLE circular_ict_import_rows (
		row_id bigint,			-- asset_import_row.row_id (import_assets)
		line integer,			-- first line in the file (import_file)
		skipped boolean NOT NULL DEFAULT false,	-- a blank line of the file
		recoded integer,		-- its values read as Windows-1252
		read_problem text,		-- why the line cannot be read as a whole
		read_column text,		-- the column the problem is in, if one
		serial text, model text, manufacturer text, category text, quantity text,
		purchased text, retired text, status text, eol_route text, acquired text,
		country text, entity text, mass_kg text, embodied_kg_co2e text, kwh_per_year text,
		planned_retirement text,
		twin_conflict text[],	-- an English staging column that its G4IT twin contradicts, and its value
		raw text[],				-- the line's fields (import_file)
		-- the staged row as it is (import_assets): made into the JSON of
		-- import_error.staged_row only for a rejected row (for every row,
		-- that JSON took a quarter of an import's time)
		staged @extschema@.asset_import_row
	) ON COMMIT DROP;
END
$function$;
COMMENT ON FUNCTION @extschema@.import_rows_table() IS 'creates (or empties) the session''s temporary table circular_ict_import_rows, which import_assets() and import_file() fill and import_rows() checks';

-- The check and the writes every import shares, in steps over temporary
-- tables of the session (so that each statement reads the extension's
-- tables, or writes one, in a way Citus can plan too: no statement mixes
-- a correlated subquery with them).  Parse every row once, with its
-- problems, one rule a CASE (a new rule is one CASE of the list); then
-- write the problems, the new models and the assets.  A device whose
-- status says it is in service keeps its retirement date as the planned
-- one.
CREATE FUNCTION @extschema@.import_rows(org_id integer, date_order text, reject_ambiguous_dates boolean,
		columns jsonb, header text[], decimal_mark text DEFAULT NULL, OUT imported bigint, OUT rejected bigint)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	bad_date text := format('not a date; accepted: YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD, 4 Mar 2021 or %s',
		CASE date_order WHEN 'MDY' THEN 'MM/DD/YYYY' ELSE 'DD/MM/YYYY' END);
	ambiguous_date text := 'ambiguous date: it reads day first and month first; give import_file the date_order DMY or MDY';
BEGIN
	IF pg_catalog.to_regclass('pg_temp.circular_ict_import_rows') IS NULL THEN
		RAISE EXCEPTION 'import_rows can only be called by import_file and import_assets'
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = 'It checks the rows they collect in the session''s table circular_ict_import_rows, and none is there.';
	END IF;
	-- the rows were just written: let the planner know how many
	ANALYZE pg_temp.circular_ict_import_rows;
	IF pg_catalog.to_regclass('pg_temp.circular_ict_import_parsed') IS NOT NULL THEN
		DROP TABLE pg_temp.circular_ict_import_parsed, pg_temp.circular_ict_import_checked;
	END IF;

	-- 1. every row parsed: its values read, its words looked up
	CREATE TEMP TABLE circular_ict_import_parsed ON COMMIT DROP AS
	SELECT t.row_id, t.line, t.read_problem, t.read_column, t.twin_conflict, t.staged, t.raw,
		t.serial AS serial_raw, @extschema@.import_value(t.serial, true) AS serial,
		@extschema@.import_value(t.model, true) AS model,
		coalesce(@extschema@.import_value(t.manufacturer, true), '') AS manufacturer,
		t.category AS category_raw, coalesce(cl.category, cl2.category) AS category,
		t.quantity AS quantity_raw,
		CASE WHEN @extschema@.import_value(t.quantity, true) IS NULL THEN 1
			 -- a whole number, also as a spreadsheet or pandas writes a number
			 -- column with blanks in it (2.0, 2,00); not 1,000 or 1.000, which
			 -- is a thousand where the comma or the point groups digits
			 WHEN btrim(t.quantity) ~ '^[-+]?[0-9]{1,9}([.,]0{1,2})?$'
			 THEN split_part(translate(btrim(t.quantity), ',', '.'), '.', 1)::integer END AS quantity,
		t.purchased AS purchased_raw,
		CASE WHEN reject_ambiguous_dates AND @extschema@.import_date_order(t.purchased) = 'either' THEN NULL
			 ELSE @extschema@.import_date(t.purchased, import_rows.date_order) END AS purchased,
		@extschema@.import_value(t.retired, true) AS retired_raw,
		CASE WHEN reject_ambiguous_dates AND @extschema@.import_date_order(t.retired) = 'either' THEN NULL
			 ELSE @extschema@.import_date(@extschema@.import_value(t.retired, true), import_rows.date_order) END AS retired_date,
		@extschema@.import_value(t.planned_retirement, true) AS planned_raw,
		CASE WHEN reject_ambiguous_dates AND @extschema@.import_date_order(t.planned_retirement) = 'either' THEN NULL
			 ELSE @extschema@.import_date(@extschema@.import_value(t.planned_retirement, true), import_rows.date_order) END AS planned_date,
		t.status AS status_raw,
		CASE WHEN @extschema@.import_value(t.status, true) IS NULL THEN '' ELSE coalesce(st.status, st2.status) END AS status,
		CASE WHEN st.key IS NOT NULL THEN st.eol_route ELSE st2.eol_route END AS status_route,
		t.eol_route AS eol_route_raw,
		CASE lower(coalesce(@extschema@.import_value(t.eol_route, true), ''))
			WHEN '' THEN ''
			WHEN 'reuse' THEN 'reuse' WHEN 'reused' THEN 'reuse' WHEN 'réemploi' THEN 'reuse'
			WHEN 'refurbishment' THEN 'refurbishment' WHEN 'refurbished' THEN 'refurbishment'
			WHEN 'reconditionnement' THEN 'refurbishment'
			WHEN 'formal_recycling' THEN 'formal_recycling' WHEN 'recycling' THEN 'formal_recycling'
			WHEN 'recycled' THEN 'formal_recycling' WHEN 'recyclage' THEN 'formal_recycling'
			WHEN 'informal_unknown' THEN 'informal_unknown' WHEN 'unknown' THEN 'informal_unknown'
			WHEN 'informal' THEN 'informal_unknown' WHEN 'inconnu' THEN 'informal_unknown'
			WHEN 'landfill' THEN 'landfill' WHEN 'incineration' THEN 'landfill'
		END AS eol_route,
		t.acquired AS acquired_raw,
		CASE lower(coalesce(@extschema@.import_value(t.acquired, true), ''))
			WHEN '' THEN 'new' WHEN 'new' THEN 'new' WHEN 'neuf' THEN 'new'
			WHEN 'refurbished' THEN 'refurbished' WHEN 'reconditionné' THEN 'refurbished'
			WHEN 'second-hand' THEN 'refurbished' WHEN 'used' THEN 'refurbished'
		END AS acquired,
		@extschema@.import_value(t.country) AS country_raw, cn.iso3 AS country,
		@extschema@.import_value(t.entity) AS entity,
		@extschema@.import_value(t.mass_kg, true) AS mass_raw, @extschema@.import_number(@extschema@.import_value(t.mass_kg, true), decimal_mark) AS mass_kg,
		@extschema@.import_value(t.embodied_kg_co2e, true) AS embodied_raw,
		@extschema@.import_number(@extschema@.import_value(t.embodied_kg_co2e, true), decimal_mark) AS embodied_kg_co2e,
		@extschema@.import_value(t.kwh_per_year, true) AS kwh_raw,
		@extschema@.import_number(@extschema@.import_value(t.kwh_per_year, true), decimal_mark) AS kwh_per_year
	FROM pg_temp.circular_ict_import_rows t
		LEFT JOIN @extschema@.category_lookup cl ON cl.key = lower(btrim(t.category))
		LEFT JOIN @extschema@.country_lookup cn ON cn.key = lower(btrim(t.country))
		LEFT JOIN @extschema@.status_lookup st ON st.key = lower(btrim(t.status))
		-- a word the lookups lack as written is looked up again as
		-- import_word() reads it, against their words read the same way
		-- ("In-Use", "in_stock", "Personal-Computer"); of words that read
		-- alike, the one written that way wins
		LEFT JOIN (SELECT DISTINCT ON (w.word) w.word, w.category
				   FROM (SELECT @extschema@.import_word(c.key) AS word, c.key, c.category
						 FROM @extschema@.category_lookup c) w
				   ORDER BY w.word, w.key = w.word DESC, w.key COLLATE "C") cl2
			ON cl.key IS NULL AND cl2.word = @extschema@.import_word(lower(btrim(t.category)))
		LEFT JOIN (SELECT DISTINCT ON (w.word) w.word, w.status, w.eol_route
				   FROM (SELECT @extschema@.import_word(l.key) AS word, l.key, l.status, l.eol_route
						 FROM @extschema@.status_lookup l) w
				   ORDER BY w.word, w.key = w.word DESC, w.key COLLATE "C") st2
			ON st.key IS NULL AND st2.word = @extschema@.import_word(lower(btrim(t.status)))
	WHERE NOT t.skipped;

	-- 2. what becomes of each row, and its problems: found, one rule a
	--    line, CASE WHEN <the rule is broken> THEN [column, value,
	--    message] END (only the rules a row breaks build their message); a
	--    line that cannot be read as a whole has that problem only
	CREATE TEMP TABLE circular_ict_import_checked ON COMMIT DROP AS
	WITH parsed AS (SELECT * FROM pg_temp.circular_ict_import_parsed),
	-- the serials given more than once (one hash aggregate of the serials)
	duplicates AS MATERIALIZED (
		SELECT p.serial, count(*) AS copies FROM parsed p
		WHERE p.serial IS NOT NULL
		GROUP BY p.serial HAVING count(*) > 1
	),
	-- what becomes of each row: a status that says in service keeps the
	-- device in service, and its retirement date is the planned one
	decided AS MATERIALIZED (
		SELECT p.*,
			CASE WHEN p.status = 'in_use' THEN 'in_use'
				 -- in stock until a retirement date that has passed (G4IT's
				 -- "Not used" with the date it left); a later one is planned
				 WHEN p.status = 'in_stock' THEN CASE WHEN p.retired_raw IS NULL OR p.retired_date > current_date
													 THEN 'in_stock' ELSE 'retired' END
				 WHEN p.status = 'retired' OR p.retired_raw IS NOT NULL THEN 'retired'
				 ELSE 'in_use' END AS final_status,
			dup.copies
		FROM parsed p
			LEFT JOIN duplicates dup ON dup.serial = p.serial
	)
	SELECT d.*,
		CASE WHEN d.read_problem IS NOT NULL
					 THEN ARRAY[jsonb_build_array(coalesce(d.read_column, '(line)'), NULL, d.read_problem)]
					 ELSE array_remove(ARRAY[
				CASE WHEN d.serial IS NULL THEN jsonb_build_array('serial', d.serial_raw,
					'a serial (or nomEquipementPhysique) is required: it identifies the device') END,
				CASE WHEN length(d.serial) > 200 THEN jsonb_build_array('serial', d.serial,
					'the serial is longer than 200 characters') END,
				-- a control character (a line end, a terminal's escape
				-- sequence, C1's too, or a direction override that shows the
				-- text reversed) is no part of a serial, and would reach the
				-- screens that show it
				CASE WHEN d.serial ~ '[\x01-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]' THEN jsonb_build_array('serial', d.serial,
					'the serial holds a control character') END,
				CASE WHEN d.serial IS NOT NULL AND d.copies > 1 THEN jsonb_build_array('serial', d.serial,
					format('the serial appears in %s staged rows; a device must be staged once', d.copies)) END,
				CASE WHEN d.twin_conflict IS NOT NULL THEN jsonb_build_array(d.twin_conflict[1], d.twin_conflict[2],
					format('column %s and its NumEcoEval/G4IT twin hold different values', d.twin_conflict[1])) END,
				CASE WHEN d.category IS NULL THEN jsonb_build_array('category', d.category_raw,
					'unknown category; accepted: a category name or an alias in category_lookup (add your own to category_alias)') END,
				CASE WHEN d.quantity IS NULL OR d.quantity < 1 THEN jsonb_build_array('quantity', d.quantity_raw,
					'the quantity must be a whole number of at least 1') END,
				CASE WHEN d.quantity > 1000000 THEN jsonb_build_array('quantity', d.quantity_raw,
					'the quantity must be at most 1000000 (identical units of one line)') END,
				CASE WHEN d.purchased IS NULL AND btrim(coalesce(d.purchased_raw, '')) = '' THEN
					jsonb_build_array('purchased', d.purchased_raw, 'the purchase date is required') END,
				CASE WHEN d.purchased IS NULL AND btrim(coalesce(d.purchased_raw, '')) <> '' THEN
					jsonb_build_array('purchased', d.purchased_raw, CASE WHEN reject_ambiguous_dates
						AND @extschema@.import_date_order(d.purchased_raw) = 'either' THEN ambiguous_date ELSE bad_date END) END,
				CASE WHEN d.purchased <= '1950-01-01' OR d.purchased > current_date THEN jsonb_build_array('purchased',
					d.purchased_raw, 'the purchase date must lie after 1950-01-01 and not after today') END,
				CASE WHEN d.retired_raw IS NOT NULL AND d.retired_date IS NULL THEN
					jsonb_build_array('retired', d.retired_raw, CASE WHEN reject_ambiguous_dates
						AND @extschema@.import_date_order(d.retired_raw) = 'either' THEN ambiguous_date ELSE bad_date END) END,
				CASE WHEN d.retired_date < d.purchased THEN jsonb_build_array('retired', d.retired_raw,
					'the retirement date is before the purchase date') END,
				CASE WHEN d.final_status = 'retired' AND d.retired_date > current_date THEN jsonb_build_array('retired',
					d.retired_raw, 'the retirement date is in the future') END,
				CASE WHEN d.status IS NULL THEN jsonb_build_array('status', d.status_raw,
					'unknown status; accepted: a status word in status_lookup, such as in use, in stock or retired (add your own to status_alias)') END,
				CASE WHEN d.status = 'retired' AND d.retired_raw IS NULL THEN jsonb_build_array('status', d.status_raw,
					'a retired device needs a retirement date') END,
				CASE WHEN d.eol_route IS NULL THEN jsonb_build_array('eol_route', d.eol_route_raw,
					'unknown end-of-life route; accepted: reuse, refurbishment, formal_recycling, informal_unknown, landfill') END,
				CASE WHEN d.eol_route <> '' AND d.retired_raw IS NULL THEN jsonb_build_array('eol_route', d.eol_route_raw,
					'an end-of-life route needs a retirement date') END,
				CASE WHEN d.eol_route <> '' AND d.retired_raw IS NOT NULL AND d.final_status <> 'retired' THEN
					jsonb_build_array('eol_route', d.eol_route_raw,
						'an end-of-life route is for a retired device; the status says it is in service') END,
				CASE WHEN d.acquired IS NULL THEN jsonb_build_array('acquired', d.acquired_raw,
					'unknown acquisition; accepted: new or refurbished') END,
				CASE WHEN d.country_raw IS NOT NULL AND d.country IS NULL THEN jsonb_build_array('country', d.country_raw,
					'unknown country; accepted: an ISO 3166 code (2 or 3 letters) or a name in country_lookup') END,
				CASE WHEN d.mass_raw IS NOT NULL AND NOT coalesce(d.mass_kg > 0, false) THEN jsonb_build_array('mass_kg',
					d.mass_raw, 'the mass must be a number greater than 0 (kg)') END,
				CASE WHEN d.mass_kg > 100000 THEN jsonb_build_array('mass_kg', d.mass_raw,
					'the mass must be at most 100000 kg per unit') END,
				CASE WHEN d.embodied_raw IS NOT NULL AND NOT coalesce(d.embodied_kg_co2e >= 0, false) THEN
					jsonb_build_array('embodied_kg_co2e', d.embodied_raw,
						'the embodied emissions must be a number of at least 0 (kg CO2e)') END,
				CASE WHEN d.embodied_kg_co2e > 1000000 THEN jsonb_build_array('embodied_kg_co2e', d.embodied_raw,
					'the embodied emissions must be at most 1000000 kg CO2e per unit') END,
				CASE WHEN d.kwh_raw IS NOT NULL AND NOT coalesce(d.kwh_per_year >= 0, false) THEN
					jsonb_build_array('kwh_per_year', d.kwh_raw, 'the electricity use must be a number of at least 0 (kWh per year)') END,
				CASE WHEN d.kwh_per_year > 10000000 THEN jsonb_build_array('kwh_per_year', d.kwh_raw,
					'the electricity use must be at most 10000000 kWh per year per unit') END,
				CASE WHEN d.planned_raw IS NOT NULL AND d.planned_date IS NULL THEN
					jsonb_build_array('planned_retirement', d.planned_raw, CASE WHEN reject_ambiguous_dates
						AND @extschema@.import_date_order(d.planned_raw) = 'either' THEN ambiguous_date ELSE bad_date END) END,
				CASE WHEN d.planned_date < d.purchased THEN jsonb_build_array('planned_retirement', d.planned_raw,
					'the planned retirement date is before the purchase date') END,
				CASE WHEN length(d.model) > 200 THEN jsonb_build_array('model', d.model,
					'the model name is longer than 200 characters') END,
				CASE WHEN length(d.manufacturer) > 200 THEN jsonb_build_array('manufacturer', d.manufacturer,
					'the manufacturer''s name is longer than 200 characters') END
					], NULL) END AS found
	FROM decided d;
	ANALYZE pg_temp.circular_ict_import_checked;

	-- 3. the problems, in the order of the file or the staging
	INSERT INTO @extschema@.import_error (organisation_id, row_id, line, column_name, value, message, staged_row)
	SELECT org_id, p.row_id, p.line,
		coalesce(columns ->> p.field, twin.name, p.field), p.value, p.message,
		coalesce(p.staged,
				 (SELECT pg_catalog.jsonb_object_agg(h.name, p.raw[h.pos])
				  FROM unnest(header) WITH ORDINALITY h (name, pos)
				  WHERE btrim(h.name) <> '' AND h.pos <= cardinality(p.raw)),
				 '{}')
	FROM (SELECT d.row_id, d.line, d.raw, r ->> 0 AS field, r ->> 1 AS value, r ->> 2 AS message,
			  -- the staged row's columns that have a value (import_assets)
			  CASE WHEN d.row_id IS NOT NULL
				   THEN pg_catalog.jsonb_strip_nulls(pg_catalog.to_jsonb(d.staged) - 'row_id' - 'organisation_id')
			  END AS staged
		  FROM pg_temp.circular_ict_import_checked d, unnest(d.found) r) p
		-- a staged row names a field by its English column or its G4IT twin
		LEFT JOIN LATERAL (
			SELECT CASE WHEN p.staged IS NULL THEN NULL
						WHEN p.staged ->> p.field IS NOT NULL OR w.twins IS NULL THEN p.field
						ELSE coalesce((SELECT n FROM unnest(w.twins) n
									   WHERE p.staged ->> lower(n) IS NOT NULL LIMIT 1), w.twins[1]) END
			FROM (SELECT (SELECT v.twins FROM (VALUES
					('serial', ARRAY['nomEquipementPhysique']), ('model', ARRAY['modele']),
					('manufacturer', ARRAY['fabricant']), ('category', ARRAY['type']),
					('quantity', ARRAY['quantite']), ('purchased', ARRAY['dateAchat']),
					('retired', ARRAY['dateRetrait']), ('status', ARRAY['statut']),
					('country', ARRAY['paysDUtilisation']), ('entity', ARRAY['nomEntite']),
					('kwh_per_year', ARRAY['consoElecAnnuelle', 'consoElecAn'])) v (field, twins)
				   WHERE v.field = p.field) AS twins) w
		) twin (name) ON true
	ORDER BY coalesce(p.row_id, p.line)
	-- nothing conflicts (a new id each); the clause makes Citus write the
	-- rows through an INSERT on each shard, not the COPY that a member's
	-- row-level security refuses (doc/citus.md)
	ON CONFLICT DO NOTHING;
	SELECT count(*) INTO rejected FROM pg_temp.circular_ict_import_checked d WHERE cardinality(d.found) > 0;

	-- 4. the models the valid rows name that neither the organisation nor
	--    the group has, once each
	INSERT INTO @extschema@.product_model (organisation_id, manufacturer, model, category)
	SELECT DISTINCT ON (c.manufacturer, c.model) org_id, c.manufacturer, c.model, c.category
	FROM pg_temp.circular_ict_import_checked c
		LEFT JOIN (SELECT DISTINCT m.manufacturer, m.model FROM @extschema@.product_model m
				   WHERE m.organisation_id = org_id OR m.organisation_id IS NULL) known
			ON known.model = c.model AND known.manufacturer = c.manufacturer
	WHERE cardinality(c.found) = 0 AND c.model IS NOT NULL AND known.model IS NULL
	ORDER BY c.manufacturer, c.model, coalesce(c.row_id, c.line)
	-- a model another import added meanwhile is that model (and Citus
	-- writes through an INSERT, not a COPY: see step 3)
	ON CONFLICT DO NOTHING;

	-- 5. the valid rows
	INSERT INTO @extschema@.asset AS a (organisation_id, serial, category, model_id, quantity, purchased,
			retired, status, eol_route, acquired, country, entity, mass_kg, embodied_kg_co2e, kwh_per_year,
			planned_retirement)
	SELECT org_id, c.serial, c.category, m.id, c.quantity, c.purchased,
		CASE WHEN c.final_status = 'retired' THEN c.retired_date END,
		c.final_status,
		CASE WHEN c.final_status <> 'retired' THEN NULL WHEN c.eol_route <> '' THEN c.eol_route
			 ELSE coalesce(c.status_route, 'informal_unknown') END,
		c.acquired, c.country, c.entity, c.mass_kg, c.embodied_kg_co2e, c.kwh_per_year,
		coalesce(c.planned_date, CASE WHEN c.final_status <> 'retired' THEN c.retired_date END)
	FROM pg_temp.circular_ict_import_checked c
		-- the model of the organisation, else the shared one (one hash join;
		-- step 4 made the missing ones)
		LEFT JOIN (SELECT DISTINCT ON (m.manufacturer, m.model) m.id, m.manufacturer, m.model
				   FROM @extschema@.product_model m
				   WHERE m.organisation_id = org_id OR m.organisation_id IS NULL
				   ORDER BY m.manufacturer, m.model, m.organisation_id NULLS LAST) m
			ON m.model = c.model AND m.manufacturer = c.manufacturer
	WHERE cardinality(c.found) = 0
	-- in the order of the file or the staging (the table's order, then)
	ORDER BY coalesce(c.row_id, c.line)
	ON CONFLICT (organisation_id, serial) DO UPDATE SET
		category = excluded.category, model_id = excluded.model_id, quantity = excluded.quantity,
		purchased = excluded.purchased, retired = excluded.retired, status = excluded.status,
		eol_route = excluded.eol_route, acquired = excluded.acquired, country = excluded.country,
		entity = excluded.entity, mass_kg = excluded.mass_kg,
		embodied_kg_co2e = excluded.embodied_kg_co2e, kwh_per_year = excluded.kwh_per_year,
		planned_retirement = excluded.planned_retirement;
	GET DIAGNOSTICS imported = ROW_COUNT;
END
$function$;
COMMENT ON FUNCTION @extschema@.import_rows(integer, text, boolean, jsonb, text[], text) IS 'the step import_assets() and import_file() share: checks the rows of the session''s circular_ict_import_rows for the organisation (dates A/B/Y in date_order; with reject_ambiguous_dates, one that reads both ways is an error; figures with decimal_mark, the other mark grouping thousands, or either mark without grouping when NULL), writes each problem to import_error (column names from columns, a field -> name object, else the staging column) and the valid rows to asset; returns the counts';

CREATE OR REPLACE FUNCTION @extschema@.import_assets(organisation text,
		OUT imported bigint, OUT rejected bigint)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	target record;
BEGIN
	target := @extschema@.import_target(organisation);
	PERFORM @extschema@.import_rows_table();
	-- the staged rows of the organisation (and those staged for none), an
	-- English column or else its NumEcoEval/G4IT twin
	INSERT INTO pg_temp.circular_ict_import_rows (row_id, serial, model, manufacturer, category, quantity,
			purchased, retired, status, eol_route, acquired, country, entity, mass_kg, embodied_kg_co2e,
			kwh_per_year, twin_conflict, staged)
	SELECT r.row_id, coalesce(r.serial, r.nomequipementphysique), coalesce(r.model, r.modele),
		coalesce(r.manufacturer, r.fabricant), coalesce(r.category, r.type), coalesce(r.quantity, r.quantite),
		coalesce(r.purchased, r.dateachat), coalesce(r.retired, r.dateretrait), coalesce(r.status, r.statut),
		r.eol_route, r.acquired, coalesce(r.country, r.paysdutilisation), coalesce(r.entity, r.nomentite),
		r.mass_kg, r.embodied_kg_co2e, coalesce(r.kwh_per_year, r.consoelecannuelle, r.consoelecan),
		CASE WHEN btrim(r.serial) <> btrim(r.nomequipementphysique) THEN ARRAY['serial', r.serial]
			 WHEN btrim(r.model) <> btrim(r.modele) THEN ARRAY['model', r.model]
			 WHEN btrim(r.manufacturer) <> btrim(r.fabricant) THEN ARRAY['manufacturer', r.manufacturer]
			 WHEN btrim(r.category) <> btrim(r.type) THEN ARRAY['category', r.category]
			 WHEN btrim(r.quantity) <> btrim(r.quantite) THEN ARRAY['quantity', r.quantity]
			 WHEN btrim(r.purchased) <> btrim(r.dateachat) THEN ARRAY['purchased', r.purchased]
			 WHEN btrim(r.retired) <> btrim(r.dateretrait) THEN ARRAY['retired', r.retired]
			 WHEN btrim(r.status) <> btrim(r.statut) THEN ARRAY['status', r.status]
			 WHEN btrim(r.country) <> btrim(r.paysdutilisation) THEN ARRAY['country', r.country]
			 WHEN btrim(r.entity) <> btrim(r.nomentite) THEN ARRAY['entity', r.entity]
		END,
		r
	FROM @extschema@.asset_import_row r
	WHERE r.organisation_id = target.org_id
	   OR (r.organisation_id IS NULL AND (r.organisation IS NULL OR r.organisation = target.org_name));
	-- the \copy route reads D/M/Y day first, as it always has
	SELECT i.imported, i.rejected INTO imported, rejected
	FROM @extschema@.import_rows(target.org_id, 'DMY', false, NULL, NULL) i;
	-- the rows checked, and only those, leave the staging area (members
	-- hold no DELETE: clear_staging() deletes for them)
	PERFORM @extschema@.clear_staging(target.org_name,
		(SELECT coalesce(array_agg(t.row_id), '{}') FROM pg_temp.circular_ict_import_rows t));
END
$function$;
COMMENT ON FUNCTION @extschema@.import_assets(text) IS 'checks every staged row of asset_import for the organisation: valid rows go into asset (a serial already registered is updated), each problem of an invalid row into import_error; the staged rows are removed; returns the counts';

-- A whole inventory file in one call: its bytes, read in C (encoding,
-- delimiter, quotes as G4IT reads them), its header mapped to fields by
-- import_column_lookup, its lines checked and imported as import_assets()
-- does, every rejected line in import_error with its line number.
CREATE FUNCTION @extschema@.import_file(organisation text, file bytea, delimiter text DEFAULT NULL,
		date_order text DEFAULT NULL,
		OUT lines bigint, OUT imported bigint, OUT rejected bigint, OUT skipped bigint,
		OUT ignored_columns text[], OUT encoding text, OUT separator text, OUT dates_read text)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	target record;
	head record;
	columns jsonb;
	positions jsonb;
	problem text;
	required_missing text;
	header_fields integer;
	min_fields integer;
	pos integer[];
	recoded bigint;
	day_first integer;
	month_first integer;
	rounded bigint;
	rounded_line integer;
	point_zero bigint;
	again_line integer;
	point_zero_line integer;
	point_line integer;
	comma_line integer;
	grouped bigint;
	grouped_line integer;
	decimal_mark text;
	grouped_value text;
	heads jsonb;
	serial_fallback integer[];
	serial_fallback_name text;
	fallbacks bigint;
	fallback_line integer;
	tried integer := 0;
	skip integer := 0;
	last_try boolean := false;
BEGIN
	IF file IS NULL THEN
		RAISE EXCEPTION 'file must not be NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF date_order IS NOT NULL AND upper(date_order) NOT IN ('DMY', 'MDY') THEN
		RAISE EXCEPTION 'invalid date order "%"', date_order
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Give ''DMY'' (day first, 23/01/2024), ''MDY'' (month first, 1/23/2024), or NULL to find it from the file''s dates.';
	END IF;
	target := @extschema@.import_target(organisation);

	-- the header: the first line with something on it; when that one cannot
	-- be read as a header or names no column for the serial, category or
	-- purchase date, the first of the nine lines after it that names them
	-- all (a title above the table, as a sheet with one saved as CSV has
	-- it); when none does, the first line after all, and its problem
	-- (the lines that can be read as one, from one decoding of the file)
	SELECT coalesce(jsonb_agg(to_jsonb(h) ORDER BY h.skip), '[]') INTO heads
	FROM @extschema@.inventory_headers(file, delimiter) h;
	LOOP
	tried := tried + 1;
	IF tried > jsonb_array_length(heads) THEN
		-- the first line after all: its problem, or its names
		last_try := true;
		skip := 0;
		head := @extschema@.inventory_header(file, delimiter);
	ELSE
		SELECT h.* INTO head
		FROM jsonb_to_record(heads -> (tried - 1)) h (skip integer, encoding text, separator text, line integer,
			names text[]);
		skip := head.skip;
	END IF;
	-- each name to its field (by import_column_lookup); of the columns that
	-- give one field, the lowest preference is imported
	WITH h AS (
		SELECT n.name, n.pos, coalesce(l.field, l2.field) AS field,
			CASE WHEN l.key IS NOT NULL THEN l.preference ELSE l2.preference END AS preference,
			count(*) OVER (PARTITION BY lower(btrim(n.name))) AS same_name
		FROM unnest(head.names) WITH ORDINALITY n (name, pos)
			LEFT JOIN @extschema@.import_column_lookup l ON l.key = lower(btrim(n.name))
			-- a name it lacks as written, as import_word() reads it
			-- ("Purchase_Date", "serial-number"), as the rows' words are
			LEFT JOIN (SELECT DISTINCT ON (w.word) w.word, w.field, w.preference
					   FROM (SELECT @extschema@.import_word(c.key) AS word, c.key, c.field, c.preference
							 FROM @extschema@.import_column_lookup c) w
					   ORDER BY w.word, w.key = w.word DESC, w.key COLLATE "C") l2
				ON l.key IS NULL AND l2.word = @extschema@.import_word(lower(btrim(n.name)))
	),
	chosen AS (
		SELECT h.*, coalesce(h.field <> 'ignore'
			AND h.preference = min(h.preference) OVER (PARTITION BY h.field), false) AS imported
		FROM h
	),
	rivals AS (
		SELECT c.*, count(*) FILTER (WHERE c.imported) OVER (PARTITION BY c.field) AS rivals,
			-- the other serial columns: a line whose serial column is empty
			-- takes its serial from the first of them (by preference) that
			-- has one (ServiceNow's asset_tag is often empty where
			-- serial_number is not)
			coalesce(c.field = 'serial' AND NOT c.imported, false) AS fallback
		FROM chosen c
	)
	SELECT jsonb_object_agg(r.field, r.name) FILTER (WHERE r.imported),
		jsonb_object_agg(r.field, r.pos) FILTER (WHERE r.imported),
		array_agg(r.name ORDER BY r.pos) FILTER (WHERE NOT r.imported AND NOT r.fallback AND btrim(r.name) <> ''),
		array_agg(r.pos ORDER BY r.preference, r.pos) FILTER (WHERE r.fallback),
		string_agg(format('"%s"', r.name), ', ' ORDER BY r.preference, r.pos) FILTER (WHERE r.fallback),
		coalesce(min(format('column "%s" appears more than once', btrim(r.name)))
					 FILTER (WHERE r.imported AND r.same_name > 1),
				 'several columns give the same field: ' || string_agg(format('"%s" (column %s) the %s', r.name, r.pos, r.field),
					 ', ' ORDER BY r.pos) FILTER (WHERE r.imported AND r.rivals > 1)),
		-- the fewest fields a line may have: up to the last column imported
		-- (a line may lack the columns after it, as lines whose last cells
		-- were empty are written by some tools)
		max(r.pos) FILTER (WHERE r.imported)
	INTO columns, positions, ignored_columns, serial_fallback, serial_fallback_name, problem, min_fields
	FROM rivals r;
	-- (named in words: "the purchase date", not the field "purchased")
	SELECT string_agg(w, ', ' ORDER BY o) INTO required_missing
	FROM unnest(ARRAY['serial', 'category', 'purchased'], ARRAY['serial', 'category', 'purchase date'])
		WITH ORDINALITY r (f, w, o)
	WHERE NOT coalesce(columns ? f, false);
	EXIT WHEN required_missing IS NULL OR last_try;
	END LOOP;
	encoding := head.encoding;
	separator := head.separator;
	header_fields := cardinality(head.names);
	IF skip > 0 THEN
		RAISE NOTICE 'the header of the inventory file is line %: %', head.line,
			CASE WHEN skip = 1 THEN 'the line of text before it is not imported'
				 ELSE format('the %s lines of text before it are not imported', skip) END
			USING DETAIL = 'The first line of text names no column for the serial, category and purchase date, as a title above the table does.';
	END IF;
	IF problem IS NOT NULL THEN
		RAISE EXCEPTION 'the header of the inventory file is ambiguous'
			USING ERRCODE = 'bad_copy_file_format',
				  DETAIL = format('In the header (line %s), %s.', head.line, problem),
				  HINT = 'Rename or remove one of them; which header names give which field: SELECT * FROM circular_ict.import_column_lookup.';
	END IF;
	IF required_missing IS NOT NULL AND import_file.delimiter IS NOT NULL AND cardinality(head.names) = 1 THEN
		RAISE EXCEPTION 'the delimiter given is not in the header line of the inventory file'
			USING ERRCODE = 'bad_copy_file_format',
				  DETAIL = format('The delimiter is %s; the header (line %s) reads: %s.',
					  CASE import_file.delimiter WHEN E'\t' THEN 'a tab' ELSE quote_literal(import_file.delimiter) END,
					  head.line, left(head.names[1], 300)),
				  HINT = 'Give the file''s own delimiter, or NULL to find it from the header line.';
	END IF;
	IF required_missing IS NOT NULL THEN
		RAISE EXCEPTION 'the inventory file has no column for the %', required_missing
			USING ERRCODE = 'bad_copy_file_format',
				  DETAIL = format('Its header (line %s) reads: %s.', head.line,
					  left(array_to_string(head.names, head.separator), 300)),
				  HINT = 'Name the columns as circular_ict.import_column_lookup knows them, or add your own header names to circular_ict.import_column_alias.';
	END IF;
	-- where each field is in a line, in the order of the temporary table
	SELECT array_agg((positions ->> f)::integer ORDER BY o) INTO pos
	FROM unnest(ARRAY['serial', 'model', 'manufacturer', 'category', 'quantity', 'purchased', 'retired',
		'status', 'eol_route', 'acquired', 'country', 'entity', 'mass_kg', 'embodied_kg_co2e',
		'kwh_per_year', 'planned_retirement']) WITH ORDINALITY x (f, o);
	-- the columns not imported, once (the others are in the result too)
	ignored_columns := coalesce(ignored_columns, '{}');
	IF cardinality(ignored_columns) > 0 THEN
		RAISE NOTICE 'columns not imported: %', array_to_string(ignored_columns, ', ')
			USING DETAIL = 'Unknown header names, and known ones whose values circular_ict does not keep.',
				  HINT = 'To import a column under another name, add it to circular_ict.import_column_alias.';
	END IF;

	-- the lines, each field where the header puts it
	PERFORM @extschema@.import_rows_table();
	INSERT INTO pg_temp.circular_ict_import_rows (line, skipped, recoded, read_problem, read_column, serial,
			model, manufacturer, category, quantity, purchased, retired, status, eol_route, acquired,
			country, entity, mass_kg, embodied_kg_co2e, kwh_per_year, planned_retirement, raw)
	-- a blank line, and the header again (files of several exports put
	-- end to end), are skipped
	SELECT r.line, r.blank OR r.fields = head.names OR r.separator_line, r.recoded,
		CASE WHEN r.blank OR r.fields = head.names OR r.separator_line THEN NULL
			 WHEN r.problem IS NOT NULL THEN
				CASE WHEN r.last_line > r.line THEN format('%s (lines %s to %s)', r.problem, r.line, r.last_line)
					 ELSE r.problem END
			 WHEN cardinality(r.fields) < min_fields
				  OR (cardinality(r.fields) > header_fields
					  AND btrim(array_to_string(r.fields[header_fields + 1:], ''), E' \t') <> '')
			 THEN format('the line has %s fields, the header %s%s', cardinality(r.fields), header_fields,
					CASE WHEN r.last_line > r.line THEN format(' (a quoted value spans lines %s to %s)', r.line, r.last_line)
						 ELSE '' END)
		END,
		CASE WHEN r.problem_field > 0 THEN coalesce(nullif(btrim(head.names[r.problem_field]), ''),
													format('column %s', r.problem_field)) END,
		CASE WHEN serial_fallback IS NULL OR @extschema@.import_value(r.fields[pos[1]], true) IS NOT NULL
			 THEN r.fields[pos[1]]
			 ELSE coalesce((SELECT r.fields[f.p] FROM unnest(serial_fallback) WITH ORDINALITY f (p, o)
							WHERE @extschema@.import_value(r.fields[f.p], true) IS NOT NULL ORDER BY f.o LIMIT 1),
						   r.fields[pos[1]]) END,
		r.fields[pos[2]], r.fields[pos[3]], r.fields[pos[4]], r.fields[pos[5]],
		r.fields[pos[6]], r.fields[pos[7]], r.fields[pos[8]], r.fields[pos[9]], r.fields[pos[10]],
		r.fields[pos[11]], r.fields[pos[12]], r.fields[pos[13]], r.fields[pos[14]], r.fields[pos[15]],
		r.fields[pos[16]], r.fields
	FROM (SELECT r.*,
			  -- Excel's separator line again (exports put end to end)
			  NOT r.blank AND r.fields[1] ILIKE '%sep=%' AND array_to_string(r.fields, '') ~* '^\s*sep=.?\s*$'
				  AS separator_line
		  FROM @extschema@.inventory_records(file, head.separator, header_fields, min_fields, skip) r) r;

	-- the header again in another form than the first's (other case,
	-- quotes, a byte-order mark, or its columns in another order): a line
	-- whose serial and category are header names.  The same names in the
	-- same order: skipped, as the header repeated as it is; others: the
	-- lines after it would be read in the first header's order, so the
	-- file is refused
	UPDATE pg_temp.circular_ict_import_rows t SET skipped = true, read_problem = NULL
	WHERE t.line IN (SELECT h.line FROM pg_temp.circular_ict_import_rows h
					 WHERE NOT h.skipped AND @extschema@.import_word(lower(btrim(h.serial, ' "'))) IN (
							   SELECT @extschema@.import_word(l.key) FROM @extschema@.import_column_lookup l
							   WHERE l.field = 'serial')
						   AND @extschema@.import_word(lower(btrim(h.category, ' "'))) IN (
							   SELECT @extschema@.import_word(l.key) FROM @extschema@.import_column_lookup l
							   WHERE l.field = 'category'))
	  AND ARRAY(SELECT lower(btrim(x, ' "')) FROM unnest(t.raw) x) = ARRAY(SELECT lower(btrim(x, ' "')) FROM unnest(head.names) x);
	SELECT min(h.line) INTO again_line
	FROM pg_temp.circular_ict_import_rows h
	WHERE NOT h.skipped AND @extschema@.import_word(lower(btrim(h.serial, ' "'))) IN (
			  SELECT @extschema@.import_word(l.key) FROM @extschema@.import_column_lookup l WHERE l.field = 'serial')
	  AND @extschema@.import_word(lower(btrim(h.category, ' "'))) IN (
			  SELECT @extschema@.import_word(l.key) FROM @extschema@.import_column_lookup l WHERE l.field = 'category');
	IF again_line IS NOT NULL THEN
		RAISE EXCEPTION 'line % of the inventory file is a header with other columns than line %''s', again_line, head.line
			USING ERRCODE = 'bad_copy_file_format',
				  DETAIL = format('It reads: %s.', left((SELECT array_to_string(t.raw, head.separator)
						FROM pg_temp.circular_ict_import_rows t WHERE t.line = again_line), 300)),
				  HINT = 'The file holds exports put end to end whose columns differ: import each export on its own.';
	END IF;

	-- the counts, and the lines whose dates written A/B/Y read only day
	-- first or only month first (when no order is given)
	SELECT count(*), count(*) FILTER (WHERE t.skipped), coalesce(sum(t.recoded), 0),
		min(t.line) FILTER (WHERE 'DMY' IN (t.o1, t.o2, t.o3)), min(t.line) FILTER (WHERE 'MDY' IN (t.o1, t.o2, t.o3)),
		count(*) FILTER (WHERE t.rounded), min(t.line) FILTER (WHERE t.rounded),
		count(*) FILTER (WHERE t.point_zero), min(t.line) FILTER (WHERE t.point_zero),
		min(t.line) FILTER (WHERE '.' IN (t.m1, t.m2, t.m3)), min(t.line) FILTER (WHERE ',' IN (t.m1, t.m2, t.m3)),
		count(*) FILTER (WHERE 'either' IN (t.m1, t.m2, t.m3)), min(t.line) FILTER (WHERE 'either' IN (t.m1, t.m2, t.m3)),
		count(*) FILTER (WHERE t.fallback), min(t.line) FILTER (WHERE t.fallback)
	INTO lines, skipped, recoded, day_first, month_first, rounded, rounded_line, point_zero, point_zero_line,
		point_line, comma_line,
		grouped, grouped_line, fallbacks, fallback_line
	FROM (SELECT t.line, t.skipped, t.recoded,
			-- a serial taken from the next serial column
			serial_fallback IS NOT NULL AND NOT t.skipped AND t.read_problem IS NULL
				AND @extschema@.import_value(t.raw[pos[1]], true) IS NULL AND @extschema@.import_value(t.serial, true) IS NOT NULL
				AS fallback,
			-- the decimal mark each figure shows (1,85: a comma; 1.200: either)
			CASE WHEN t.read_problem IS NULL THEN @extschema@.import_decimal_mark(t.mass_kg) END AS m1,
			CASE WHEN t.read_problem IS NULL THEN @extschema@.import_decimal_mark(t.embodied_kg_co2e) END AS m2,
			CASE WHEN t.read_problem IS NULL THEN @extschema@.import_decimal_mark(t.kwh_per_year) END AS m3,
			-- a serial a spreadsheet showed, and saved, in scientific notation
			NOT t.skipped AND (t.serial LIKE '%E+%' OR t.serial LIKE '%e+%')
				AND t.serial ~ '^ *[0-9]([.,][0-9]+)?[eE]\+[0-9]+ *$' AS rounded,
			-- a serial of digits that a float column wrote with .0 (pandas
			-- writes a number column with blanks so)
			NOT t.skipped AND t.serial LIKE '%.0%' AND t.serial ~ '^ *[0-9]+\.0 *$' AS point_zero,
			CASE WHEN date_order IS NULL AND t.read_problem IS NULL THEN @extschema@.import_date_order(t.purchased) END AS o1,
			CASE WHEN date_order IS NULL AND t.read_problem IS NULL THEN @extschema@.import_date_order(t.retired) END AS o2,
			CASE WHEN date_order IS NULL AND t.read_problem IS NULL THEN @extschema@.import_date_order(t.planned_retirement) END AS o3
		  FROM pg_temp.circular_ict_import_rows t) t;
	IF recoded > 0 THEN
		RAISE NOTICE '% values of the file are not UTF-8 and were read as Windows-1252', recoded;
	END IF;
	-- the file's decimal mark: the one its figures show, when they show one
	-- only; the other one then groups thousands (1.200 is 1200 where 25,5
	-- is 25.5).  Figures that show neither (1.200 alone) are read with either
	-- mark as a decimal one, as before, and a notice says so
	decimal_mark := CASE WHEN point_line IS NULL AND comma_line IS NOT NULL THEN ','
						 WHEN comma_line IS NULL AND point_line IS NOT NULL THEN '.' END;
	IF grouped > 0 THEN
		-- the first figure that reads either way, for the notice
		SELECT btrim(CASE WHEN @extschema@.import_decimal_mark(t.mass_kg) = 'either' THEN t.mass_kg
						  WHEN @extschema@.import_decimal_mark(t.embodied_kg_co2e) = 'either' THEN t.embodied_kg_co2e
						  ELSE t.kwh_per_year END)
		INTO grouped_value
		FROM pg_temp.circular_ict_import_rows t WHERE t.line = grouped_line;
		IF decimal_mark IS NOT NULL THEN
			RAISE NOTICE 'figures of the file read with ''%'' as the decimal mark and ''%'' grouping thousands (line %: %)',
				decimal_mark, translate(decimal_mark, '.,', ',.'), grouped_line,
				grouped_value
				USING DETAIL = format('Line %s writes a figure with ''%s'' as its decimal mark.',
									  CASE decimal_mark WHEN ',' THEN comma_line ELSE point_line END, decimal_mark);
		ELSE
			RAISE NOTICE 'figures that read as decimals or as thousands were read as decimals (lines: %, the first %: %)',
				grouped, grouped_line,
				grouped_value
				USING DETAIL = CASE WHEN point_line IS NOT NULL THEN
									format('The file writes decimal points (line %s) and decimal commas (line %s).',
										   point_line, comma_line)
								ELSE 'No figure of the file shows its decimal mark.' END,
					  HINT = 'Where the file groups thousands (1.200 for 1200), save it without thousands separators and import it again.';
		END IF;
	END IF;
	IF fallbacks > 0 THEN
		RAISE NOTICE 'serials of % lines taken from the column % (the first with one), their column "%" being empty (line %)',
			fallbacks, serial_fallback_name, columns ->> 'serial', fallback_line
			USING DETAIL = format('Each device is registered by its serial: one whose "%s" is filled in later is registered again under it.',
								  columns ->> 'serial'),
				  HINT = 'To register every device by the same column, remove the other one from the file, or set the preferences of circular_ict.import_column_alias.';
	END IF;
	IF point_zero > 0 THEN
		RAISE NOTICE '% serials of the file are whole numbers written with .0 (line %: %)', point_zero, point_zero_line,
			(SELECT btrim(t.serial) FROM pg_temp.circular_ict_import_rows t WHERE t.line = point_zero_line)
			USING DETAIL = 'pandas writes a column of numbers with blanks in it as decimals; the serials are imported as written, so the same device written 12345 elsewhere would be another.',
				  HINT = 'Write the serial column as text (dtype=str in pandas) and import the file again.';
	END IF;
	IF rounded > 0 THEN
		RAISE NOTICE '% serials of the file are numbers a spreadsheet rounded (line %: %)', rounded, rounded_line,
			(SELECT btrim(t.serial) FROM pg_temp.circular_ict_import_rows t WHERE t.line = rounded_line)
			USING DETAIL = 'A spreadsheet shows a long number in scientific notation and saves it so: the digits of the serial are lost, and two devices may get the same one.',
				  HINT = 'Format the serial column as text in the sheet (or open the CSV with that column as text) and save the file again.';
	END IF;

	-- dates written A/B/Y: the order given, else the one the file's
	-- unambiguous dates show; if they show none, a date that reads both
	-- ways is rejected (never a guess)
	dates_read := upper(date_order);
	IF dates_read IS NULL THEN
		IF day_first IS NOT NULL AND month_first IS NOT NULL THEN
			RAISE EXCEPTION 'the inventory file writes dates in two orders'
				USING ERRCODE = 'bad_copy_file_format',
					  DETAIL = format('Day first (line %s: %s) and month first (line %s: %s).',
						  day_first, (SELECT v FROM pg_temp.circular_ict_import_rows t,
									  unnest(ARRAY[t.purchased, t.retired, t.planned_retirement]) v
									  WHERE t.line = day_first AND @extschema@.import_date_order(v) = 'DMY' LIMIT 1),
						  month_first, (SELECT v FROM pg_temp.circular_ict_import_rows t,
										unnest(ARRAY[t.purchased, t.retired, t.planned_retirement]) v
										WHERE t.line = month_first AND @extschema@.import_date_order(v) = 'MDY' LIMIT 1)),
					  HINT = 'Give import_file the date_order (DMY or MDY) the file mostly uses; the dates that do not read in it are then rejected with their line.';
		END IF;
		dates_read := CASE WHEN month_first IS NOT NULL THEN 'MDY' WHEN day_first IS NOT NULL THEN 'DMY' END;
	END IF;

	SELECT i.imported, i.rejected INTO imported, rejected
	FROM @extschema@.import_rows(target.org_id, coalesce(dates_read, 'DMY'), dates_read IS NULL,
								 columns, head.names, decimal_mark) i;
END
$function$;
COMMENT ON FUNCTION @extschema@.import_file(text, bytea, text, text) IS 'imports an inventory file given as its bytes (UTF-8, Windows-1252 or UTF-16; ; , tab or |; columns named as import_column_lookup knows them, in any order): every valid line into asset, every problem into import_error with its line number; lines = imported + rejected + skipped (blank lines, the header line repeated); returns also the columns not imported, the encoding, the delimiter and the date order used';
