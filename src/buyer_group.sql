-- the buyer group: many organisations in one database, each seeing only its
-- own rows (row-level security), all compared with the group (benchmarks
-- published only where at least k organisations contribute)
--
-- Three roles: circular_ict_admin (the DBA's role: sees and manages every
-- organisation), circular_ict_reader (granted to every read-only login, a
-- BI connection: reads) and circular_ict_member (granted to every analyst's
-- login, which writes: it is a member of circular_ict_reader);
-- organisation_member says which organisations each login reads and
-- writes.  Policies name their roles, so that a member's policy is a plain
-- organisation_id = ANY (...) the planner turns into an index condition.

-- roles are cluster-wide: another database of the cluster, or the DBA, may
-- have created them already; DROP EXTENSION leaves them
DO $do$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'circular_ict_admin') THEN
		CREATE ROLE circular_ict_admin NOLOGIN;
		COMMENT ON ROLE circular_ict_admin IS 'circular_ict: the buyer group''s DBA role, sees and manages every organisation (grant it to the DBA''s login)';
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'circular_ict_member') THEN
		CREATE ROLE circular_ict_member NOLOGIN;
		COMMENT ON ROLE circular_ict_member IS 'circular_ict: granted to every analyst and BI login of a member organisation; circular_ict.organisation_member says which organisations each one reads and writes';
	END IF;
END
$do$;
--@include src/reader_role.sql

-- membership ---------------------------------------------------------------

CREATE TABLE @extschema@.organisation_member (
	role name NOT NULL CHECK (role <> ''),
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	can_write boolean NOT NULL DEFAULT false,
	PRIMARY KEY (role, organisation_id)
);
-- No index leads with organisation_id: every index of a table members read
-- starts with what its read policy tests (here role, by the primary key), so
-- that a member's condition on another organisation's rows is never an index
-- condition without the policy beside it (issue 18: the statistics counters
-- and EXPLAIN ANALYZE would count the rows it finds)
COMMENT ON TABLE @extschema@.organisation_member IS 'which organisations each login role (a member of circular_ict_member) reads, and writes where can_write; maintained by the admin; a member sees its own rows only';
COMMENT ON COLUMN @extschema@.organisation_member.role IS 'name of the login role (as in pg_roles); delete its rows when the role is dropped';
COMMENT ON COLUMN @extschema@.organisation_member.organisation_id IS 'the organisation the role reads (organisation.id)';
COMMENT ON COLUMN @extschema@.organisation_member.can_write IS 'true: the role also adds, changes, deletes and imports the organisation''s rows; false: read only (e.g. a BI connection)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.organisation_member', '');

-- the organisations of the current role (src/membership.c): the policies
-- of the register run these.  In C, so that the read of
-- organisation_member leaves the statistics counters as they were: where
-- a policy runs row by row on rows a member's own condition picked, hidden
-- ones included, the counters would otherwise count them (issue 18).  The
-- read is SQL, with the caller's rights and search_path pinned, once per
-- statement.
CREATE FUNCTION @extschema@.member_organisations() RETURNS integer[]
	AS 'MODULE_PATHNAME', 'member_organisations'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.member_organisations() IS 'ids of the organisations the current role reads, from organisation_member (empty for a role that is not listed, such as the admin)';

CREATE FUNCTION @extschema@.writable_organisations() RETURNS integer[]
	AS 'MODULE_PATHNAME', 'writable_organisations'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.writable_organisations() IS 'ids of the organisations the current role may write to (organisation_member.can_write)';

-- the group's settings and benchmarks ---------------------------------------

CREATE TABLE @extschema@.buyer_group_setting (
	one_row boolean PRIMARY KEY DEFAULT true CHECK (one_row),
	min_organisations integer NOT NULL DEFAULT 5 CHECK (min_organisations >= 2),
	scheme text CHECK (btrim(scheme) <> ''),
	level text CHECK (btrim(level) <> ''),
	CONSTRAINT buyer_group_setting_level_of_scheme CHECK (level IS NULL OR scheme IS NOT NULL)
);
COMMENT ON TABLE @extschema@.buyer_group_setting IS 'the buyer group''s settings, at most one row (no row: the defaults); written by the admin, read by all';
COMMENT ON COLUMN @extschema@.buyer_group_setting.one_row IS 'always true: the table holds at most one row';
COMMENT ON COLUMN @extschema@.buyer_group_setting.min_organisations IS 'k: a group statistic is published only where at least this many organisations contribute (default 5, at least 2)';
COMMENT ON COLUMN @extschema@.buyer_group_setting.scheme IS 'the group''s common purchasing requirements: a scheme of circular_ict.criterion (NULL: no compliance benchmark)';
COMMENT ON COLUMN @extschema@.buyer_group_setting.level IS 'the level of the scheme the group requires (NULL: every level)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.buyer_group_setting', '');

CREATE TABLE @extschema@.benchmark_refresh (
	as_of date PRIMARY KEY,
	refreshed_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	min_organisations integer NOT NULL CHECK (min_organisations >= 2),
	scheme text,
	level text,
	organisations integer NOT NULL CHECK (organisations >= 0),
	published integer NOT NULL CHECK (published >= 0),
	withheld integer NOT NULL CHECK (withheld >= 0)
);
COMMENT ON TABLE @extschema@.benchmark_refresh IS 'one row per benchmark snapshot written by refresh_benchmarks(): its date, the settings it used and what it published';
COMMENT ON COLUMN @extschema@.benchmark_refresh.as_of IS 'the date the snapshot reports on';
COMMENT ON COLUMN @extschema@.benchmark_refresh.refreshed_at IS 'when it was written';
COMMENT ON COLUMN @extschema@.benchmark_refresh.min_organisations IS 'k in force: organisations a group statistic needed';
COMMENT ON COLUMN @extschema@.benchmark_refresh.scheme IS 'the group''s criteria scheme the compliance share was judged against';
COMMENT ON COLUMN @extschema@.benchmark_refresh.level IS 'its level (NULL: every level)';
COMMENT ON COLUMN @extschema@.benchmark_refresh.organisations IS 'organisations with at least one figure';
COMMENT ON COLUMN @extschema@.benchmark_refresh.published IS 'group statistics published (category and metric with at least k organisations)';
COMMENT ON COLUMN @extschema@.benchmark_refresh.withheld IS 'categories and metrics not published: fewer than k organisations';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.benchmark_refresh', '');

CREATE TABLE @extschema@.organisation_benchmark (
	as_of date NOT NULL REFERENCES @extschema@.benchmark_refresh (as_of) ON DELETE CASCADE,
	organisation_id integer NOT NULL REFERENCES @extschema@.organisation (id) ON DELETE CASCADE,
	category text NOT NULL,
	metric text NOT NULL CHECK (metric IN ('median_service_life_years', 'premature_share',
		'annual_co2e_kg_per_device', 'critical_raw_materials_g_per_device',
		'criteria_compliance_share', 'company_mci')),
	value float8 NOT NULL CHECK (value >= 0 AND value < 'Infinity'),
	PRIMARY KEY (as_of, organisation_id, category, metric)
);
-- a member's figures are read by this index alone (own_benchmark_figures)
CREATE INDEX organisation_benchmark_organisation ON @extschema@.organisation_benchmark (organisation_id, as_of);
COMMENT ON TABLE @extschema@.organisation_benchmark IS 'each organisation''s own figure per snapshot, category and metric (written by refresh_benchmarks(); a member reads its own organisations'' rows only)';
COMMENT ON COLUMN @extschema@.organisation_benchmark.as_of IS 'date of the snapshot';
COMMENT ON COLUMN @extschema@.organisation_benchmark.organisation_id IS 'the organisation (organisation.id)';
COMMENT ON COLUMN @extschema@.organisation_benchmark.category IS 'device category; all for company_mci';
COMMENT ON COLUMN @extschema@.organisation_benchmark.metric IS 'median_service_life_years, premature_share, annual_co2e_kg_per_device, critical_raw_materials_g_per_device, criteria_compliance_share or company_mci';
COMMENT ON COLUMN @extschema@.organisation_benchmark.value IS 'the organisation''s figure, as its reports give it';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.organisation_benchmark', '');

CREATE TABLE @extschema@.group_benchmark (
	as_of date NOT NULL REFERENCES @extschema@.benchmark_refresh (as_of) ON DELETE CASCADE,
	category text NOT NULL,
	metric text NOT NULL,
	organisations integer NOT NULL CHECK (organisations >= 2),
	mean float8 NOT NULL,
	q1 float8 NOT NULL,
	median float8 NOT NULL,
	q3 float8 NOT NULL,
	PRIMARY KEY (as_of, category, metric),
	CHECK (q1 <= median AND median <= q3)
);
COMMENT ON TABLE @extschema@.group_benchmark IS 'the group''s distribution per snapshot, category and metric over the organisations'' own figures (one value per organisation); a row exists only where at least k organisations contribute';
COMMENT ON COLUMN @extschema@.group_benchmark.as_of IS 'date of the snapshot';
COMMENT ON COLUMN @extschema@.group_benchmark.category IS 'device category; all for company_mci';
COMMENT ON COLUMN @extschema@.group_benchmark.metric IS 'the metric (see organisation_benchmark.metric)';
COMMENT ON COLUMN @extschema@.group_benchmark.organisations IS 'organisations contributing a figure (at least k)';
COMMENT ON COLUMN @extschema@.group_benchmark.mean IS 'mean of the organisations'' figures';
COMMENT ON COLUMN @extschema@.group_benchmark.q1 IS 'first quartile (interpolated, as percentile_cont)';
COMMENT ON COLUMN @extschema@.group_benchmark.median IS 'median (interpolated)';
COMMENT ON COLUMN @extschema@.group_benchmark.q3 IS 'third quartile (interpolated)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.group_benchmark', '');

--@include src/refresh_benchmarks.sql

-- my_benchmark, the members' view of the figures: src/member_reads.sql
