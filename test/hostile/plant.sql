-- Look-alike operators, functions and aggregates for
-- test/checks/search_path_hijack, planted by an unprivileged role in its
-- own schema "hijack" (which the victim puts first in search_path;
-- pg_catalog stays implicitly first, as PostgreSQL's secure-schema rules
-- assume).
--
-- Only a look-alike that beats pg_catalog's own object can ever be chosen:
-- one whose argument types match a call exactly where pg_catalog's object
-- needs an implicit cast, a polymorphic or an "any" argument (e.g.
-- *(integer, double precision) over pg_catalog's float8 * float8, or
-- count(bigint) over count("any")).  plant() finds every such signature by
-- asking the parser, with search_path = pg_catalog, how each operator name
-- resolves for every pair of common argument types, and how each function
-- name that appears in the bodies of the extension's SQL and PL/pgSQL
-- functions resolves for them; where the answer is not an exact match it
-- plants a look-alike of exactly those types, in one of two modes:
--   record: the look-alike raises a warning "hijacked: <its signature>"
--           and returns what pg_catalog's object returns, so the queries
--           still answer and every hijacked object of a run is listed;
--   trap:   the look-alike returns type hijack.trap (and raises if run), so
--           choosing it fails the query when it is parsed, even in a branch
--           that no row reaches.
-- The exact-signature look-alikes of the contrib-style tests (lower(text),
-- btrim(text), =(text, text), +(float8, float8), sum(float8)) are planted
-- too: pg_catalog's objects hide them, and the run shows it.

CREATE SCHEMA hijack;
CREATE TYPE hijack.trap AS ENUM ('trap');

-- says that a look-alike ran: a warning, which a rollback does not undo
-- and a parallel worker may send
CREATE FUNCTION hijack.record(tag text) RETURNS void
LANGUAGE plpgsql PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	RAISE WARNING 'hijacked: %', tag;
END
$$;

-- the argument types tried
CREATE TABLE hijack.types (t regtype PRIMARY KEY, in_triples boolean NOT NULL);
INSERT INTO hijack.types VALUES
	('smallint', true), ('integer', true), ('bigint', true), ('numeric', true), ('real', false),
	('double precision', true), ('text', true), ('character varying', false), ('name', false),
	('"char"', false), ('date', true), ('timestamp without time zone', false),
	('timestamp with time zone', false), ('interval', false), ('boolean', true), ('jsonb', false),
	('json', false), ('bytea', false), ('integer[]', false), ('bigint[]', false),
	('double precision[]', false), ('text[]', false), ('numeric[]', false);

-- what was planted
CREATE TABLE hijack.planted (tag text PRIMARY KEY, kind text NOT NULL, sig text NOT NULL);

-- plants one look-alike binary or prefix operator
CREATE FUNCTION hijack.plant_operator(mode text, op text, l regtype, r regtype, rt regtype, n integer)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	tag text := format('operator %s(%s, %s)', op, coalesce(l::text, 'NONE'), r);
	fn text := 'op_' || n;
	params text := CASE WHEN l IS NULL THEN format('%s', r) ELSE format('%s, %s', l, r) END;
	expr text := CASE WHEN l IS NULL THEN format('OPERATOR(pg_catalog.%s) $1', op)
					  ELSE format('$1 OPERATOR(pg_catalog.%s) $2', op) END;
BEGIN
	IF mode = 'record' THEN
		EXECUTE format('CREATE FUNCTION hijack.%I(%s) RETURNS %s LANGUAGE sql SET search_path = pg_catalog, pg_temp '
					   'AS $f$SELECT hijack.record(%L); SELECT %s$f$', fn, params, rt, tag, expr);
	ELSE
		EXECUTE format('CREATE FUNCTION hijack.%I(%s) RETURNS hijack.trap LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp '
					   'AS $f$BEGIN RAISE EXCEPTION ''hijacked: %%'', %L; END$f$', fn, params, tag);
	END IF;
	IF l IS NULL THEN
		EXECUTE format('CREATE OPERATOR hijack.%s (RIGHTARG = %s, FUNCTION = hijack.%I)', op, r, fn);
	ELSE
		EXECUTE format('CREATE OPERATOR hijack.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = hijack.%I)', op, l, r, fn);
	END IF;
	INSERT INTO hijack.planted VALUES (tag, 'operator', format('%s(%s)', op, params));
END
$$;

-- plants one look-alike function or one-argument aggregate
CREATE FUNCTION hijack.plant_function(mode text, name text, args regtype[], rt regtype, is_agg boolean, n integer)
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	tag text := format('%s %s(%s)', CASE WHEN is_agg THEN 'aggregate' ELSE 'function' END, name,
					   array_to_string(args::text[], ', '));
	params text := array_to_string(args::text[], ', ');
	call_args text := (SELECT coalesce(string_agg('$' || k, ', ' ORDER BY k), '')
					   FROM generate_subscripts(args, 1) k);
BEGIN
	IF NOT is_agg THEN
		IF mode = 'record' THEN
			EXECUTE format('CREATE FUNCTION hijack.%I(%s) RETURNS %s LANGUAGE sql SET search_path = pg_catalog, pg_temp '
						   'AS $f$SELECT hijack.record(%L); SELECT pg_catalog.%I(%s)$f$',
						   name, params, rt, tag, name, call_args);
		ELSE
			EXECUTE format('CREATE FUNCTION hijack.%I(%s) RETURNS hijack.trap LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp '
						   'AS $f$BEGIN RAISE EXCEPTION ''hijacked: %%'', %L; END$f$', name, params, tag);
		END IF;
	ELSIF mode = 'record' THEN
		-- the values are kept in an array; the final function hands them to
		-- pg_catalog's aggregate, so the answer is the same
		EXECUTE format('CREATE FUNCTION hijack.%I(%s[], %s) RETURNS %s[] LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp '
					   'AS $f$BEGIN PERFORM hijack.record(%L); RETURN array_append($1, $2); END$f$',
					   'agg_step_' || n, args[1], args[1], args[1], tag);
		EXECUTE format('CREATE FUNCTION hijack.%I(%s[]) RETURNS %s LANGUAGE sql SET search_path = pg_catalog, pg_temp '
					   'AS $f$SELECT pg_catalog.%I(v) FROM pg_catalog.unnest($1) v$f$',
					   'agg_final_' || n, args[1], rt, name);
		EXECUTE format('CREATE AGGREGATE hijack.%I(%s) (SFUNC = hijack.%I, STYPE = %s[], FINALFUNC = hijack.%I, INITCOND = ''{}'')',
					   name, args[1], 'agg_step_' || n, args[1], 'agg_final_' || n);
	ELSE
		EXECUTE format('CREATE FUNCTION hijack.%I(hijack.trap, %s) RETURNS hijack.trap LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp '
					   'AS $f$BEGIN RAISE EXCEPTION ''hijacked: %%'', %L; END$f$', 'agg_step_' || n, args[1], tag);
		EXECUTE format('CREATE AGGREGATE hijack.%I(%s) (SFUNC = hijack.%I, STYPE = hijack.trap)',
					   name, args[1], 'agg_step_' || n);
	END IF;
	INSERT INTO hijack.planted VALUES (tag, CASE WHEN is_agg THEN 'aggregate' ELSE 'function' END,
									   format('%s(%s)', name, params));
END
$$;

-- the result type of an expression as pg_catalog alone resolves it, or
-- NULL if it does not resolve (or is a set)
CREATE FUNCTION hijack.resolves(expr text) RETURNS regtype
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	t regtype;
BEGIN
	EXECUTE format('SELECT pg_catalog.pg_typeof(%s)', expr) INTO t;
	RETURN t;
EXCEPTION WHEN OTHERS THEN
	RETURN NULL;
END
$$;

-- plants every look-alike that would win over pg_catalog (see the top);
-- names: the function names to try; returns how many were planted
CREATE FUNCTION hijack.plant(mode text, names text[]) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	o record;
	f record;
	a record;
	rt regtype;
	n integer := 0;
BEGIN
	-- operators: every name pg_catalog has, every pair of types
	FOR o IN
		SELECT DISTINCT x.oprname, x.oprkind FROM pg_operator x
		WHERE x.oprnamespace = 'pg_catalog'::regnamespace ORDER BY 1, 2
	LOOP
		FOR a IN
			SELECT l.t AS l, r.t AS r
			FROM hijack.types l, hijack.types r
			WHERE o.oprkind = 'b' OR l.t = 'integer'::regtype	-- prefix: once per right type
		LOOP
			IF o.oprkind = 'l' THEN
				a.l := NULL;
			END IF;
			CONTINUE WHEN EXISTS (SELECT 1 FROM pg_operator x
								  WHERE x.oprnamespace = 'pg_catalog'::regnamespace AND x.oprname = o.oprname
									AND x.oprleft = coalesce(a.l, 0) AND x.oprright = a.r);
			rt := hijack.resolves(format('%s %s NULL::%s', CASE WHEN a.l IS NULL THEN '' ELSE format('NULL::%s', a.l) END,
										 o.oprname, a.r));
			CONTINUE WHEN rt IS NULL OR rt IN ('unknown'::regtype);
			n := n + 1;
			PERFORM hijack.plant_operator(mode, o.oprname, a.l, a.r, rt, n);
		END LOOP;
	END LOOP;

	-- functions and aggregates of the given names, one to three arguments
	FOR f IN
		SELECT DISTINCT p.proname, p.pronargs, bool_or(p.prokind = 'a') AS is_agg
		FROM pg_proc p
		WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.proname = ANY (names)
		  AND p.pronargs BETWEEN 1 AND 3 AND NOT p.proretset AND p.prokind IN ('f', 'a')
		GROUP BY p.proname, p.pronargs
		ORDER BY 1, 2
	LOOP
		FOR a IN
			SELECT ARRAY[t1.t]::regtype[] AS args FROM hijack.types t1 WHERE f.pronargs = 1
			UNION ALL
			SELECT ARRAY[t1.t, t2.t]::regtype[] FROM hijack.types t1, hijack.types t2 WHERE f.pronargs = 2
			UNION ALL
			SELECT ARRAY[t1.t, t2.t, t3.t]::regtype[] FROM hijack.types t1, hijack.types t2, hijack.types t3
			WHERE f.pronargs = 3 AND t1.in_triples AND t2.in_triples AND t3.in_triples
		LOOP
			CONTINUE WHEN f.is_agg AND (f.pronargs > 1 OR EXISTS (SELECT 1 FROM pg_type y WHERE y.oid = a.args[1] AND y.typelem <> 0 AND y.typlen = -1));
			CONTINUE WHEN EXISTS (SELECT 1 FROM pg_proc p
								  WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.proname = f.proname
									AND p.proargtypes::text = array_to_string(a.args::oid[], ' '));
			rt := hijack.resolves(format('%I(%s)', f.proname,
										 (SELECT string_agg(format('NULL::%s', x), ', ') FROM unnest(a.args) x)));
			CONTINUE WHEN rt IS NULL OR rt IN ('unknown'::regtype, 'record'::regtype);
			n := n + 1;
			PERFORM hijack.plant_function(mode, f.proname, a.args, rt, f.is_agg, n);
		END LOOP;
	END LOOP;

	-- the contrib-style exact look-alikes: hidden by pg_catalog's own
	PERFORM hijack.plant_function(mode, 'lower', '{text}', 'text', false, n + 1);
	PERFORM hijack.plant_function(mode, 'btrim', '{text}', 'text', false, n + 2);
	PERFORM hijack.plant_operator(mode, '=', 'text', 'text', 'boolean', n + 3);
	PERFORM hijack.plant_operator(mode, '+', 'double precision', 'double precision', 'double precision', n + 4);
	PERFORM hijack.plant_function(mode, 'sum', '{double precision}', 'double precision', true, n + 5);
	RETURN n + 5;
END
$$;
