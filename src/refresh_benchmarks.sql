-- refresh_benchmarks(): the admin's snapshot of every organisation's figures
-- and the group's (a piece of its own, included by src/buyer_group.sql and
-- by the upgrade).  A model whose attributes do not have the types the
-- group's criteria read is not judged (criteria_verdict() warns and counts
-- it as unknown): one organisation's bad row does not stop the refresh.

CREATE OR REPLACE FUNCTION @extschema@.refresh_benchmarks(as_of date DEFAULT CURRENT_DATE,
		OUT organisations integer, OUT figures integer, OUT published integer, OUT withheld integer)
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	k integer;
	group_scheme text;
	group_level text;
	saved_lock_timeout text := current_setting('lock_timeout');
BEGIN
	-- the group statistics need every organisation's rows: only the admin
	-- (or a superuser) reads them all
	IF NOT pg_has_role('circular_ict_admin', 'USAGE') THEN
		RAISE EXCEPTION 'permission denied for function refresh_benchmarks'
			USING ERRCODE = 'insufficient_privilege',
				  DETAIL = format('Role %s is not a member of circular_ict_admin.', current_user),
				  HINT = 'The benchmarks are computed over every organisation: the admin (or a scheduler running as the admin) refreshes them; members read my_benchmark.';
	END IF;
	IF refresh_benchmarks.as_of IS NULL THEN
		RAISE EXCEPTION 'as_of must not be NULL'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT s.min_organisations, s.scheme, s.level INTO k, group_scheme, group_level
	FROM @extschema@.buyer_group_setting s;
	k := coalesce(k, 5);
	IF group_scheme IS NOT NULL
		AND NOT EXISTS (SELECT FROM @extschema@.criterion c
						WHERE c.scheme = group_scheme AND (group_level IS NULL OR c.level = group_level)) THEN
		RAISE EXCEPTION 'the group''s scheme "%"% has no criteria', group_scheme,
				CASE WHEN group_level IS NOT NULL THEN format(' at level "%s"', group_level) ELSE '' END
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Add the group''s criteria to circular_ict.criterion, or name a scheme it has in circular_ict.buyer_group_setting.';
	END IF;
	-- one refresh at a time: a row lock of work_lock, which no member can
	-- take (an advisory lock's key any role could take)
	PERFORM @extschema@.work_lock('refresh_benchmarks');
	-- and the rest waits for a lock no longer than work_lock_timeout()
	-- either: no member holds a privilege that takes a lock conflicting with
	-- the refresh's, but the owner's DDL (or an upgrade) may
	PERFORM set_config('lock_timeout', @extschema@.work_lock_timeout(), true);
	BEGIN
		-- a new snapshot of that date replaces the old one (its rows cascade)
		DELETE FROM @extschema@.benchmark_refresh r WHERE r.as_of = refresh_benchmarks.as_of;
		INSERT INTO @extschema@.benchmark_refresh (as_of, min_organisations, scheme, level, organisations, published, withheld)
		VALUES (refresh_benchmarks.as_of, k, group_scheme, group_level, 0, 0, 0);

		-- each organisation's figures, as its reports give them
		INSERT INTO @extschema@.organisation_benchmark (as_of, organisation_id, category, metric, value)
		SELECT refresh_benchmarks.as_of, x.organisation_id, x.category, x.metric, x.value
		FROM (
			SELECT o.id AS organisation_id, f.category, m.metric, m.value
			FROM @extschema@.fleet_overview(refresh_benchmarks.as_of) f
				JOIN @extschema@.organisation o ON o.name = f.organisation
				CROSS JOIN LATERAL (VALUES
					('median_service_life_years', f.median_service_life_years),
					('premature_share', f.premature_share),
					-- over the units in service that have a CO2e figure
					('annual_co2e_kg_per_device', f.annual_co2e_kg
						/ nullif(f.units_in_use + f.units_in_stock - f.units_without_co2e_figure, 0)),
					('critical_raw_materials_g_per_device', f.critical_raw_materials_in_use_g
						/ nullif(f.units_in_use + f.units_in_stock, 0))) m (metric, value)
			UNION ALL
			SELECT o.id, 'all', 'company_mci', c.company_mci
			FROM @extschema@.circularity_by_organisation(refresh_benchmarks.as_of) c
				JOIN @extschema@.organisation o ON o.name = c.organisation
			UNION ALL
			-- units in service meeting the group's scheme, of those judged (a
			-- unit whose model does not declare every attribute, or that has
			-- no model, is not judged)
			SELECT u.organisation_id, u.category, 'criteria_compliance_share',
				coalesce(sum(u.units) FILTER (WHERE u.meets), 0)::float8
					/ nullif(sum(u.units) FILTER (WHERE u.meets IS NOT NULL), 0)
			FROM (SELECT g.organisation_id, g.category, g.units,
					  CASE WHEN g.model_id IS NOT NULL THEN
						  @extschema@.criteria_verdict(pm.id, pm.attributes, g.category, group_scheme,
							  group_level) END AS meets
				  FROM (SELECT f.organisation_id, f.category, f.model_id, sum(f.quantity) AS units
						FROM @extschema@.asset_facts(refresh_benchmarks.as_of) f
						WHERE f.in_service
						  AND f.category IN (SELECT c.category FROM @extschema@.criterion c
											 WHERE c.scheme = group_scheme
											   AND (group_level IS NULL OR c.level = group_level))
						GROUP BY f.organisation_id, f.category, f.model_id) g
					  LEFT JOIN @extschema@.product_model pm ON pm.id = g.model_id) u
			WHERE group_scheme IS NOT NULL
			GROUP BY u.organisation_id, u.category
		) x
		WHERE x.value IS NOT NULL;
		GET DIAGNOSTICS figures = ROW_COUNT;

		-- the group's distribution, where at least k organisations contribute;
		-- below k nothing is written
		INSERT INTO @extschema@.group_benchmark (as_of, category, metric, organisations, mean, q1, median, q3)
		SELECT b.as_of, b.category, b.metric, count(*), avg(b.value),
			percentile_cont(0.25) WITHIN GROUP (ORDER BY b.value),
			percentile_cont(0.5) WITHIN GROUP (ORDER BY b.value),
			percentile_cont(0.75) WITHIN GROUP (ORDER BY b.value)
		FROM @extschema@.organisation_benchmark b
		WHERE b.as_of = refresh_benchmarks.as_of
		GROUP BY b.as_of, b.category, b.metric
		HAVING count(*) >= k;
		GET DIAGNOSTICS published = ROW_COUNT;

		SELECT count(DISTINCT b.organisation_id), count(DISTINCT (b.category, b.metric)) - refresh_benchmarks.published
		INTO organisations, withheld
		FROM @extschema@.organisation_benchmark b
		WHERE b.as_of = refresh_benchmarks.as_of;
		UPDATE @extschema@.benchmark_refresh r
		SET organisations = refresh_benchmarks.organisations, published = refresh_benchmarks.published,
			withheld = refresh_benchmarks.withheld
		WHERE r.as_of = refresh_benchmarks.as_of;
	EXCEPTION WHEN lock_not_available THEN
		RAISE EXCEPTION 'refresh_benchmarks() waited % for a lock on the buyer group''s tables',
				@extschema@.work_lock_timeout()
			USING ERRCODE = 'lock_not_available',
				  DETAIL = 'Another transaction holds a lock on circular_ict.benchmark_refresh, organisation_benchmark, group_benchmark or a table of the register that conflicts with reading or writing them (DDL, an upgrade, a LOCK TABLE by the owner or a superuser).',
				  HINT = 'Find it with SELECT * FROM pg_locks WHERE NOT granted, and run the refresh again when it has ended, or wait longer: SET circular_ict.lock_timeout = ''10min''.';
	END;
	PERFORM set_config('lock_timeout', saved_lock_timeout, true);
END
$function$;
COMMENT ON FUNCTION @extschema@.refresh_benchmarks(date) IS 'writes the benchmark snapshot of a date (replacing one of the same date): each organisation''s figures per category and metric, and the group''s mean and quartiles where at least k organisations contribute; admin or superuser only; returns the organisations, figures, group rows published and withheld';
