-- The reports on a Citus cluster (issue 13).
--
-- On one server the reports and their shared layer are single-SELECT SQL
-- functions that PostgreSQL inlines into the calling query (see
-- src/reports/common.sql).  Citus plans a query before PostgreSQL inlines
-- those functions: the tables an inlined function reads appear too late,
-- and Citus refuses the query ("parameterized queries for SQL functions
-- referencing distributed tables are not supported"), or plans it on the
-- coordinator's empty tables.  Its documented remedy is PL/pgSQL.
--
-- So on a cluster, distribute() rewrites each set-returning SQL function of
-- the extension that reads a table as a PL/pgSQL function that runs the
-- same query with every call of another such function replaced by that
-- function's own query (what PostgreSQL's inlining does, done on the
-- text): Citus then sees every table of the report in one query, pushes
-- the asset scans and the partial aggregates to the workers and combines
-- on the coordinator.  The functions keep their names, arguments, result
-- columns and volatility, and stay SECURITY INVOKER without SET clauses (the
-- rule of src/reports/common.sql).  The single-server functions are the
-- one source: the rewrite reads their bodies from the catalogue, so a
-- report is written once.  sql/distribute_reports.sql checks on one server
-- that every rewritten function returns the rows of the original.

-- the arguments of a call whose opening parenthesis is at open_at: each
-- top-level argument's text (string literals, quoted names and nested
-- parentheses kept whole), and the position of the closing parenthesis
CREATE FUNCTION @extschema@.sql_call_arguments(src text, open_at integer,
	OUT arguments text[], OUT close_at integer)
LANGUAGE plpgsql IMMUTABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	depth integer := 0;
	i integer := open_at;
	n integer := length(src);
	ch text;
	quote text;
	piece_start integer := open_at + 1;
BEGIN
	-- a function's source is far shorter; the scan is by character
	IF length(src) > 1000000 THEN
		RAISE EXCEPTION 'sql_call_arguments: the text is longer than 1000000 characters'
			USING ERRCODE = 'program_limit_exceeded';
	END IF;
	arguments := '{}';
	WHILE i <= n LOOP
		ch := substr(src, i, 1);
		IF quote IS NOT NULL THEN
			IF ch = quote THEN
				IF substr(src, i + 1, 1) = quote THEN
					i := i + 1;		-- a doubled quote inside the literal
				ELSE
					quote := NULL;
				END IF;
			END IF;
		ELSIF ch IN ('''', '"') THEN
			quote := ch;
		ELSIF ch = '(' THEN
			depth := depth + 1;
		ELSIF ch = ')' THEN
			depth := depth - 1;
			IF depth = 0 THEN
				IF btrim(substr(src, piece_start, i - piece_start)) <> '' OR cardinality(arguments) > 0 THEN
					arguments := arguments || btrim(substr(src, piece_start, i - piece_start), E' \t\n');
				END IF;
				close_at := i;
				RETURN;
			END IF;
		ELSIF ch = ',' AND depth = 1 THEN
			arguments := arguments || btrim(substr(src, piece_start, i - piece_start), E' \t\n');
			piece_start := i + 1;
		END IF;
		i := i + 1;
	END LOOP;
	RAISE EXCEPTION 'sql_call_arguments: no closing parenthesis for the call at %', open_at
		USING ERRCODE = 'syntax_error';
END
$function$;
REVOKE ALL ON FUNCTION @extschema@.sql_call_arguments(text, integer) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.sql_call_arguments(text, integer) IS 'for inlined_query(): the top-level arguments of the call whose opening parenthesis is at open_at, and where the call ends';

-- the tokens of a query's text, in order, that the rewrite must tell
-- apart: string literals, quoted names, -- comments, and the text between
-- them (in pieces that end before a quote or a '-')
CREATE FUNCTION @extschema@.sql_tokens(src text)
RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $function$
SELECT coalesce(array_agg(t.token[1] ORDER BY t.n), '{}')
FROM regexp_matches(src, $re$('(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|[^'"-]+|.)$re$, 'g')
	WITH ORDINALITY AS t (token, n)
$function$;
REVOKE ALL ON FUNCTION @extschema@.sql_tokens(text) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.sql_tokens(text) IS 'for inlined_query(): a query''s text as string literals, quoted names, -- comments and the text between them, in order';

-- the body of a SQL function with its parameters replaced by arguments
-- (SQL expressions, one per parameter in order): every $n, function.name,
-- and the bare name where it is neither qualified nor a qualifier, outside
-- string literals and quoted names.  Each occurrence becomes a marker
-- first and the argument after, so that an argument naming another
-- parameter is not replaced again.
CREATE FUNCTION @extschema@.sql_with_arguments(body text, function_name text,
	parameter_names text[], arguments text[])
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	tokens text[] := @extschema@.sql_tokens(body);
	j integer;
	i integer;
	piece text;
BEGIN
	FOR j IN 1 .. cardinality(tokens) LOOP
		piece := tokens[j];
		CONTINUE WHEN left(piece, 1) IN ('''', '"');
		FOR i IN 1 .. cardinality(arguments) LOOP
			piece := regexp_replace(piece, '\$' || i || '(?![0-9])', chr(1) || i || chr(2), 'g');
			IF coalesce(parameter_names[i], '') <> '' THEN
				piece := regexp_replace(piece, '\m' || function_name || '\.' || parameter_names[i] || '\M',
										chr(1) || i || chr(2), 'g');
				piece := regexp_replace(piece, '(^|[^.\w])' || parameter_names[i] || '\M(?!\s*[.(])',
										'\1' || chr(1) || i || chr(2), 'g');
			END IF;
		END LOOP;
		tokens[j] := piece;
	END LOOP;
	body := array_to_string(tokens, '');
	FOR i IN 1 .. cardinality(arguments) LOOP
		body := replace(body, chr(1) || i || chr(2), '(' || arguments[i] || ')');
	END LOOP;
	RETURN body;
END
$function$;
REVOKE ALL ON FUNCTION @extschema@.sql_with_arguments(text, text, text[], text[]) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.sql_with_arguments(text, text, text[], text[]) IS 'for inlined_query(): a SQL function''s body with its parameters ($n, function.name, the bare name) replaced by the arguments given, outside string literals and quoted names';

-- the query of a set-returning SQL function of the extension with its
-- parameters given as SQL expressions (arguments: one per parameter, in
-- order; NULL for $1, $2 ... as they are), and every call of another
-- such function in a FROM clause replaced by that function's query, to
-- any depth: the query PostgreSQL would plan after inlining them all
CREATE FUNCTION @extschema@.inlined_query(fn regprocedure, arguments text[] DEFAULT NULL, depth integer DEFAULT 0)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	p pg_catalog.pg_proc;
	schema_name text;
	body text;
	defaults text[];
	i integer;
	at integer;
	call_name text;
	call record;
	callee_arguments text[];
	columns text;
	replacement text;
BEGIN
	SELECT * INTO p FROM pg_catalog.pg_proc WHERE oid = fn;
	IF p.prolang <> (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'sql') OR NOT p.proretset THEN
		RAISE EXCEPTION 'inlined_query: % is not a set-returning SQL function', fn
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF depth > 16 THEN
		RAISE EXCEPTION 'inlined_query: the calls of % nest too deep', fn
			USING ERRCODE = 'program_limit_exceeded';
	END IF;
	schema_name := p.pronamespace::regnamespace::text;
	-- without its comments (a comment could name a function), its
	-- parameters replaced by the arguments
	SELECT string_agg(t, '' ORDER BY n) INTO body
	FROM unnest(@extschema@.sql_tokens(p.prosrc)) WITH ORDINALITY AS u (t, n)
	WHERE t NOT LIKE '--%';
	body := rtrim(body, E' \t\n;');
	IF arguments IS NOT NULL THEN
		body := @extschema@.sql_with_arguments(body, p.proname,
			coalesce(p.proargnames[1:p.pronargs], array_fill(''::text, ARRAY[p.pronargs])), arguments);
	END IF;

	-- the calls of the schema's set-returning SQL functions in FROM clauses
	at := 1;
	LOOP
		at := regexp_instr(body, '(\mFROM|\mJOIN|,|\mLATERAL)\s*' || schema_name || '\.\w+\s*\(', at, 1, 0, 'i');
		EXIT WHEN at = 0;
		call_name := substring(substr(body, at) FROM '^(?:FROM|JOIN|,|LATERAL)\s*' || schema_name || '\.(\w+)');
		SELECT f.oid::regprocedure AS oid, f.pronargs, f.proargnames, f.pronargdefaults,
			pg_catalog.pg_get_expr(f.proargdefaults, 0) AS default_list
		INTO call
		FROM pg_catalog.pg_proc f
		WHERE f.pronamespace = p.pronamespace AND f.proname = call_name AND f.proretset
		  AND f.prolang = p.prolang;
		IF NOT FOUND THEN
			at := at + 1;		-- a function of another kind: left as it is
			CONTINUE;
		END IF;
		IF (SELECT count(*) FROM pg_catalog.pg_proc f WHERE f.pronamespace = p.pronamespace
				AND f.proname = call_name AND f.proretset) > 1 THEN
			RAISE EXCEPTION 'inlined_query: % has overloads; its calls cannot be told apart', call_name
				USING ERRCODE = 'ambiguous_function';
		END IF;
		-- where the call starts (after FROM/JOIN/,) and its arguments
		i := at + length(substring(substr(body, at) FROM '^((?:FROM|JOIN|,|LATERAL)\s*)'));
		DECLARE
			a record;
			k integer;
			named text[];
		BEGIN
			SELECT * INTO a FROM @extschema@.sql_call_arguments(body, strpos(substr(body, i), '(') + i - 1);
			callee_arguments := array_fill(NULL::text, ARRAY[call.pronargs]);
			-- positional, then named (name => value), then the defaults
			k := 0;
			FOREACH replacement IN ARRAY a.arguments LOOP
				named := regexp_match(replacement, '^(\w+)\s*=>\s*(.*)$', 's');
				IF named IS NULL THEN
					k := k + 1;
					callee_arguments[k] := replacement;
				ELSE
					callee_arguments[array_position(call.proargnames, named[1])] := named[2];
				END IF;
			END LOOP;
			IF call.pronargdefaults > 0 THEN
				defaults := (@extschema@.sql_call_arguments('(' || call.default_list || ')', 1)).arguments;
				FOR k IN 1 .. call.pronargs LOOP
					IF callee_arguments[k] IS NULL AND k > call.pronargs - call.pronargdefaults THEN
						callee_arguments[k] := defaults[k - (call.pronargs - call.pronargdefaults)];
					END IF;
				END LOOP;
			END IF;
			IF array_position(callee_arguments, NULL) IS NOT NULL THEN
				RAISE EXCEPTION 'inlined_query: a call of % in % lacks an argument', call_name, fn
					USING ERRCODE = 'undefined_parameter';
			END IF;
			-- the callee's result columns name the inlined query's
			SELECT string_agg(quote_ident(c.name), ', ' ORDER BY c.n) INTO columns
			FROM unnest((SELECT f.proargnames FROM pg_catalog.pg_proc f WHERE f.oid = call.oid),
						(SELECT f.proargmodes FROM pg_catalog.pg_proc f WHERE f.oid = call.oid))
				WITH ORDINALITY AS c (name, mode, n)
			WHERE c.mode IN ('t', 'o');
			replacement := '(SELECT * FROM (' || E'\n'
				|| @extschema@.inlined_query(call.oid, callee_arguments, depth + 1)
				|| E'\n) AS ' || call_name || '_query' || coalesce(' (' || columns || ')', '') || ')';
			body := substr(body, 1, i - 1) || replacement || substr(body, a.close_at + 1);
			at := i + length(replacement);
		END;
	END LOOP;
	RETURN body;
END
$function$;
REVOKE ALL ON FUNCTION @extschema@.inlined_query(regprocedure, text[], integer) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.inlined_query(regprocedure, text[], integer) IS 'for distribute(): the query of a set-returning SQL function with its parameters replaced by the arguments given (NULL: left as $1, $2 ...) and every call of another set-returning SQL function of the schema in a FROM clause replaced by that function''s query, to any depth';

-- the definition of fn as a PL/pgSQL function (named target, fn's own name
-- by default) that returns the rows of its inlined query: the same
-- arguments, result columns (each cast to its declared type), volatility
-- and parallel safety; SECURITY INVOKER without SET clauses, like fn.
-- PL/pgSQL refuses a parameter and a result column of the same name, which
-- SQL allows (asset_years' organisation_id): such a function becomes a SQL
-- function calling a PL/pgSQL one, target_inlined, whose parameters have
-- no names (PostgreSQL inlines the first, so it costs nothing).
CREATE FUNCTION @extschema@.inlined_definition(fn regprocedure, target text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	p pg_catalog.pg_proc;
	name text;
	columns text;
	casts text;
	query text;
	body text;
	attributes text;
	name_clash boolean;
	helper text;
	privileges text;
BEGIN
	SELECT * INTO p FROM pg_catalog.pg_proc WHERE oid = fn;
	name := coalesce(target, p.proname::text);
	SELECT string_agg(quote_ident(c.name), ', ' ORDER BY c.n),
		   string_agg(pg_catalog.format('q.%I::%s', c.name, pg_catalog.format_type(c.type, NULL)), ', ' ORDER BY c.n),
		   bool_or(c.name = ANY (p.proargnames[1:p.pronargs]))
	INTO columns, casts, name_clash
	FROM unnest(p.proargnames, p.proargmodes, p.proallargtypes) WITH ORDINALITY AS c (name, mode, type, n)
	WHERE c.mode IN ('t', 'o');
	IF columns IS NULL THEN
		RAISE EXCEPTION 'inlined_definition: % has no named result columns', fn
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	query := 'SELECT ' || casts || E' FROM (\n'
		|| @extschema@.inlined_query(fn, (SELECT array_agg('$' || i ORDER BY i)
										  FROM generate_series(1, p.pronargs) i))
		|| E'\n) AS q (' || columns || ')';
	-- the disclosures and their layer: organisation_id NULL means every
	-- organisation the caller reads, each the rows of its own call
	IF p.proname IN ('reporting_periods', 'asset_years', 'ghg_ict_emissions', 'esrs_e5_ict', 'pact_indicators')
		AND p.pronamespace = '@extschema@'::pg_catalog.regnamespace
		AND p.proargnames[p.pronargs] = 'organisation_id'
		AND p.proargtypes[p.pronargs - 1] = 'integer'::pg_catalog.regtype THEN
		-- organisation_id NULL (every organisation the caller reads): one
		-- query per organisation, which Citus sends whole to the one shard
		-- of its organisation (the planner's fences and all), instead of
		-- one query over every shard, which it splits into subplans whose
		-- fences (OFFSET 0, a CTE read twice) pull the assets' rows to the
		-- coordinator
		body := pg_catalog.format(E'#variable_conflict use_column\nDECLARE\n\tcircular_ict_organisation integer;\nBEGIN\n'
				'IF $%1$s IS NOT NULL THEN\nRETURN QUERY %2$s;\nRETURN;\nEND IF;\n'
				'FOR circular_ict_organisation IN SELECT o.id FROM @extschema@.organisation o ORDER BY o.id LOOP\n'
				'$%1$s := circular_ict_organisation;\nRETURN QUERY %2$s;\nEND LOOP;\nEND',
			p.pronargs, query);
	ELSE
		body := E'#variable_conflict use_column\nBEGIN\nRETURN QUERY ' || query || E';\nEND';
	END IF;
	attributes := CASE p.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END
		|| ' PARALLEL '
		|| CASE p.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END;
	IF NOT name_clash THEN
		RETURN pg_catalog.format(E'CREATE OR REPLACE FUNCTION %s.%I(%s)\nRETURNS %s\nLANGUAGE plpgsql %s\nAS %L',
			p.pronamespace::regnamespace, name, pg_catalog.pg_get_function_arguments(fn),
			pg_catalog.pg_get_function_result(fn), attributes, body);
	END IF;
	-- the PL/pgSQL part, its parameters unnamed
	helper := pg_catalog.format('%s.%I(%s)', p.pronamespace::regnamespace, name || '_inlined',
		(SELECT string_agg(pg_catalog.format_type(t, NULL), ', ' ORDER BY n)
		 FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a (t, n)));
	-- whoever may call fn may call what it calls: fn's privileges, when it
	-- has any but the default's
	IF p.proacl IS NOT NULL THEN
		privileges := pg_catalog.format(E'REVOKE ALL ON FUNCTION %s FROM PUBLIC;\n', helper)
			|| coalesce((SELECT string_agg(pg_catalog.format(E'GRANT EXECUTE ON FUNCTION %s TO %s;\n', helper,
												CASE WHEN e.grantee = 0 THEN 'PUBLIC' ELSE e.grantee::regrole::text END),
											'' ORDER BY e.grantee)
						 FROM pg_catalog.aclexplode(p.proacl) e
						 WHERE e.privilege_type = 'EXECUTE' AND e.grantee <> p.proowner), '');
	END IF;
	RETURN pg_catalog.format(E'CREATE OR REPLACE FUNCTION %s\nRETURNS %s\nLANGUAGE plpgsql %s\nAS %L;\n',
			helper, pg_catalog.pg_get_function_result(fn), attributes, body)
		|| coalesce(privileges, '')
		|| pg_catalog.format(E'CREATE OR REPLACE FUNCTION %s.%I(%s)\nRETURNS %s\nLANGUAGE sql %s\nAS %L',
			p.pronamespace::regnamespace, name, pg_catalog.pg_get_function_arguments(fn),
			pg_catalog.pg_get_function_result(fn), attributes,
			pg_catalog.format('SELECT * FROM %s.%I(%s)', p.pronamespace::regnamespace, name || '_inlined',
				(SELECT string_agg('$' || i, ', ' ORDER BY i) FROM generate_series(1, p.pronargs) i)));
END
$function$;
REVOKE ALL ON FUNCTION @extschema@.inlined_definition(regprocedure, text) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.inlined_definition(regprocedure, text) IS 'for distribute(): CREATE OR REPLACE FUNCTION of fn (or of target with fn''s signature) as a PL/pgSQL function returning the rows of its inlined query (inlined_query), for Citus; the disclosures and their layer (reporting_periods, asset_years, ghg_ict_emissions, esrs_e5_ict, pact_indicators) run it, when organisation_id is NULL, once per organisation (ORDER BY id), which Citus routes to one shard each';

-- the set-returning SQL functions of the extension that read a table,
-- directly or through another: the ones distribute() rewrites
CREATE FUNCTION @extschema@.table_reading_sql_functions()
RETURNS SETOF regprocedure
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $function$
WITH RECURSIVE f AS (
	SELECT p.oid, p.proname, p.prosrc
	FROM pg_catalog.pg_proc p
	WHERE p.pronamespace = '@extschema@'::regnamespace AND p.proretset
	  AND p.prolang = (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'sql')
),
reading (oid) AS (
	SELECT f.oid FROM f
	WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_class c
				  WHERE c.relnamespace = '@extschema@'::regnamespace AND c.relkind IN ('r', 'v', 'p')
					AND f.prosrc ~ ('@extschema@\.' || c.relname || '\M(?!\s*\()'))
	UNION
	SELECT g.oid FROM f g JOIN reading r ON true JOIN f called ON called.oid = r.oid
	WHERE g.prosrc ~ ('@extschema@\.' || called.proname || '\s*\(')
)
SELECT r.oid::regprocedure FROM reading r ORDER BY r.oid
$function$;
REVOKE ALL ON FUNCTION @extschema@.table_reading_sql_functions() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.table_reading_sql_functions() IS 'for distribute(): the set-returning SQL functions of the extension that read a table or view, directly or through another such function';
