-- The hostile-call driver of test/checks/hostile_calls: every function,
-- aggregate, operator and cast of circular_ict (enumerated from pg_depend,
-- so a new one is covered without editing this file) called with NULLs,
-- empty and malformed arrays and jsonb, extreme floats, out-of-range dates,
-- 1 MB strings and hostile values of the extension's own types.
--
-- Each call runs in its own subtransaction and is always rolled back (a
-- sentinel exception ends it), so volatile functions leave nothing behind.
-- hostile.result gets one row per call: the arguments, the result (or the
-- SQLSTATE and message of the error), and whether the result holds NaN or
-- Infinity.  The check script then judges the rows.
--
-- Run as: psql -f calls.sql, then SELECT hostile.run(oid) per function
-- (one top-level statement each, so statement_timeout bounds every
-- function), then hostile.run_aggregates(), hostile.run_operators(),
-- hostile.run_casts().

CREATE SCHEMA hostile;

-- the values tried, per argument type: a SQL expression each; ordinary
-- values are finite and in the type's usual domain (a NaN or Infinity
-- result from ordinary arguments only is suspicious); pair values are also
-- tried two at a time; big values (1 MB) only one at a time
CREATE TABLE hostile.pool (
	typ regtype NOT NULL,
	label text NOT NULL,
	expr text NOT NULL,
	ordinary boolean NOT NULL DEFAULT true,
	pair boolean NOT NULL DEFAULT false,
	is_base boolean NOT NULL DEFAULT false,
	PRIMARY KEY (typ, label)
);

-- the value an argument takes while another one varies, where the type's
-- base value would make every call fail (function name, 1-based position)
CREATE TABLE hostile.base (
	fn name NOT NULL,
	pos integer NOT NULL,
	expr text NOT NULL,
	PRIMARY KEY (fn, pos)
);

CREATE TABLE hostile.result (
	id bigserial PRIMARY KEY,
	target text NOT NULL,		-- function, aggregate, operator or cast
	args text NOT NULL,			-- labels of the arguments
	ordinary boolean NOT NULL,	-- every argument ordinary
	sqlstate text,				-- NULL: no error
	message text,
	detail text,
	hint text,
	result text,				-- text of the result (first 300 characters)
	nonfinite boolean,			-- the result holds NaN or Infinity
	roundtrip_ok boolean,		-- a value of an extension type reads back equal
	ms float8 NOT NULL			-- time taken, milliseconds
);

INSERT INTO hostile.pool (typ, label, expr, ordinary, pair, is_base) VALUES
	-- float8
	('float8', 'NULL', 'NULL', false, true, false),
	('float8', '2.5', '2.5', true, true, true),
	('float8', '0', '0', true, true, false),
	('float8', '-0', '''-0''', true, true, false),
	('float8', '1', '1', true, false, false),
	('float8', '-1', '-1', true, true, false),
	('float8', '0.5', '0.5', true, false, false),
	('float8', '40', '40', true, false, false),
	('float8', '1e15', '1e15', true, false, false),
	('float8', '5e-324', '5e-324', true, true, false),
	('float8', '2.2250738585072014e-308', '2.2250738585072014e-308', true, false, false),
	('float8', '1e-300', '1e-300', true, false, false),
	('float8', '1e300', '1e300', true, false, false),
	('float8', '1e308', '1e308', true, true, false),
	('float8', '-1e308', '-1e308', true, false, false),
	('float8', 'max', '1.7976931348623157e308', true, false, false),
	('float8', 'Infinity', '''Infinity''', false, true, false),
	('float8', '-Infinity', '''-Infinity''', false, true, false),
	('float8', 'NaN', '''NaN''', false, true, false),
	-- integer, bigint
	('integer', 'NULL', 'NULL', false, true, false),
	('integer', '5', '5', true, true, true),
	('integer', '0', '0', true, true, false),
	('integer', '1', '1', true, false, false),
	('integer', '-1', '-1', true, true, false),
	('integer', '1000', '1000', true, false, false),
	('integer', '1000000', '1000000', true, false, false),
	('integer', 'max', '2147483647', true, true, false),
	('integer', 'min', '-2147483648', true, false, false),
	('bigint', 'NULL', 'NULL', false, true, false),
	('bigint', '0', '0', true, true, true),
	('bigint', '1', '1', true, false, false),
	('bigint', '-1', '-1', true, false, false),
	('bigint', 'max', '9223372036854775807', true, true, false),
	('bigint', 'min', '-9223372036854775808', true, true, false),
	-- regclass
	('regprocedure', 'NULL', 'NULL', false, true, false),
	('regprocedure', 'fleet_overview', '''circular_ict.fleet_overview(date, integer)''::regprocedure', true, true, true),
	('regprocedure', 'now', '''pg_catalog.now()''::regprocedure', false, true, false),
	('regprocedure', 'oid 0', '0::regprocedure', false, true, false),
	('regclass', 'NULL', 'NULL', false, true, false),
	('regclass', 'fleet_overview', '''circular_ict.fleet_overview''::regclass', true, true, true),
	('regclass', 'pg_class', '''pg_catalog.pg_class''::regclass', false, true, false),
	('regclass', 'oid 0', '0::regclass', false, true, false),
	-- boolean
	('boolean', 'NULL', 'NULL', false, true, false),
	('boolean', 'true', 'true', true, true, true),
	('boolean', 'false', 'false', true, true, false),
	-- numeric
	('numeric', 'NULL', 'NULL', false, true, false),
	('numeric', '3', '3', true, true, true),
	('numeric', '0', '0', true, true, false),
	('numeric', '1', '1', true, false, false),
	('numeric', '5', '5', true, true, false),
	('numeric', '-1', '-1', true, true, false),
	('numeric', '1.005', '1.005', true, false, false),
	('numeric', '4.9999999999999999999999', '4.9999999999999999999999', true, false, false),
	('numeric', '3.345', '3.345', true, false, false),
	('numeric', '1e100', '1e100', true, true, false),
	('numeric', '1e-100', '1e-100', true, false, false),
	('numeric', '1e1000', '1e1000', true, false, false),
	('numeric', 'NaN', '''NaN''', false, true, false),
	('numeric', 'Infinity', '''Infinity''', false, true, false),
	('numeric', '-Infinity', '''-Infinity''', false, false, false),
	-- date
	('date', 'NULL', 'NULL', false, true, false),
	('date', '2025-06-30', '''2025-06-30''', true, true, true),
	('date', '2020-01-01', '''2020-01-01''', true, true, false),
	('date', '2000-02-29', '''2000-02-29''', true, false, false),
	('date', '1950-01-02', '''1950-01-02''', true, false, false),
	('date', '4713-01-01 BC', '''4713-01-01 BC''', true, true, false),
	('date', '5874897-12-31', '''5874897-12-31''', true, true, false),
	('date', 'infinity', '''infinity''', false, true, false),
	('date', '-infinity', '''-infinity''', false, true, false),
	-- text
	('text', 'NULL', 'NULL', false, true, false),
	('text', 'Co', '''Co''', true, true, true),
	('text', 'empty', '''''', true, true, false),
	('text', 'blank', ''' ''', true, false, false),
	('text', 'cobalt', '''cobalt''', true, false, false),
	('text', 'COBALT', '''COBALT''', true, false, false),
	('text', 'Xx', '''Xx''', true, true, false),
	('text', 'EF3.1', '''EF3.1''', true, false, false),
	('text', 'CML-IA', '''CML-IA''', true, false, false),
	('text', 'laptop', '''laptop''', true, false, false),
	('text', 'Alpha', '''Alpha''', true, false, false),
	('text', 'EU-Ecodesign', '''EU-Ecodesign''', true, false, false),
	('text', 'core', '''core''', true, false, false),
	('text', '2020-01-01', '''2020-01-01''', true, false, false),
	('text', '31/12/2020', '''31/12/2020''', true, false, false),
	('text', '99999999', '''99999999''', true, false, false),
	('text', '0000-00-00', '''0000-00-00''', true, false, false),
	('text', '1.5', '''1.5''', true, false, false),
	('text', '1,5', '''1,5''', true, false, false),
	('text', '1e308', '''1e308''', true, false, false),
	('text', '1e309', '''1e309''', true, false, false),
	('text', '-0', '''-0''', true, false, false),
	('text', 'NaN', '''NaN''', true, false, false),
	('text', 'Infinity', '''Infinity''', true, false, false),
	('text', 'control', 'E''\x01\t\n\r\x7f''', true, false, false),
	('text', 'multibyte', '''Cö漢字😀''', true, false, false),
	('text', 'quote', $q$'"''\;--'$q$, true, false, false),
	('text', 'digits 400', 'repeat(''9'', 400)', true, false, false),
	('text', '1MB x', 'repeat(''x'', 1048576)', true, false, false),
	('text', '1MB 9', 'repeat(''9'', 1048576)', true, false, false),
	('text', '1MB multibyte', 'repeat(''漢'', 349526)', true, false, false),
	-- cstring: the text inputs of the four types, good and hostile
	('cstring', 'NULL', 'NULL', false, false, false),
	('cstring', 'empty', '''''', true, false, false),
	('cstring', 'blank', '''   ''', true, false, false),
	('cstring', 'materials', '''Co=65g, Au=104mg''', true, false, true),
	('cstring', 'materials names', '''cobalt=1kg, GOLD=2 mg, aluminum=3t''', true, false, false),
	('cstring', 'materials spaces', ''' Co = 1 g ,Au=1ug ''', true, false, false),
	('cstring', 'materials 1e309', '''Co=1e309g''', true, false, false),
	('cstring', 'materials 1e308 t', '''Co=1e308t''', true, false, false),
	('cstring', 'materials denormal', '''Co=5e-324g''', true, false, false),
	('cstring', 'materials denormal ug', '''Co=5e-324ug''', true, false, false),
	('cstring', 'materials negative', '''Co=-1g''', true, false, false),
	('cstring', 'materials -0', '''Co=-0g''', true, false, false),
	('cstring', 'materials NaN', '''Co=NaNg''', true, false, false),
	('cstring', 'materials Infinity', '''Co=Infinityg''', true, false, false),
	('cstring', 'materials hex', '''Co=0x10g''', true, false, false),
	('cstring', 'materials twice', '''Co=1g, cobalt=2g''', true, false, false),
	('cstring', 'materials no unit', '''Co=1''', true, false, false),
	('cstring', 'materials bad unit', '''Co=1gg''', true, false, false),
	('cstring', 'materials no element', '''=1g''', true, false, false),
	('cstring', 'materials unknown', '''Xx=1g''', true, false, false),
	('cstring', 'materials trailing comma', '''Co=1g,''', true, false, false),
	('cstring', 'materials all 118', $q$(SELECT string_agg(symbol || '=1g', ', ') FROM circular_ict.element_list())$q$, true, false, false),
	('cstring', 'materials all 118 max', $q$(SELECT string_agg(symbol || '=1.7976931348623157e308g', ', ') FROM circular_ict.element_list())$q$, true, false, false),
	('cstring', 'materials 1MB', 'repeat(''Co=1g, '', 149796)', true, false, false),
	('cstring', 'materials 1MB digits', '''Co='' || repeat(''1'', 1048576) || ''g''', true, false, false),
	('cstring', 'materials 1MB decimals', '''Co=0.'' || repeat(''1'', 1048576) || ''g''', true, false, false),
	('cstring', 'weibull', '''weibull(shape=2, scale=5)''', true, false, false),
	('cstring', 'weibull short', '''(k=2, lambda=5)''', true, false, false),
	('cstring', 'weibull 0', '''weibull(shape=0, scale=5)''', true, false, false),
	('cstring', 'weibull denormal', '''weibull(shape=5e-324, scale=5e-324)''', true, false, false),
	('cstring', 'weibull max', '''weibull(shape=1.7976931348623157e308, scale=1.7976931348623157e308)''', true, false, false),
	('cstring', 'weibull 1e309', '''weibull(shape=1e309, scale=1)''', true, false, false),
	('cstring', 'weibull NaN', '''weibull(shape=NaN, scale=1)''', true, false, false),
	('cstring', 'weibull twice', '''weibull(shape=1, shape=2)''', true, false, false),
	('cstring', 'weibull open', '''weibull(shape=1, scale=2''', true, false, false),
	('cstring', 'lifetable exact', '''exact{2.5, 3+, 4@1, 4.5+@1}''', true, false, false),
	('cstring', 'lifetable empty', '''exact{}''', true, false, false),
	('cstring', 'lifetable histogram', '''histogram{0:0/0/12, 1096:3/1/0}''', true, false, false),
	('cstring', 'lifetable 1e308', '''exact{1e308}''', true, false, false),
	('cstring', 'lifetable 101', '''exact{101}''', true, false, false),
	('cstring', 'lifetable negative', '''exact{-1}''', true, false, false),
	('cstring', 'lifetable NaN', '''exact{NaN}''', true, false, false),
	('cstring', 'lifetable entry after', '''exact{1@2}''', true, false, false),
	('cstring', 'lifetable denormal', '''exact{5e-324, 5e-324+@5e-324}''', true, false, false),
	('cstring', 'lifetable 3801', '''exact{'' || repeat(''1, '', 3800) || ''1}''', true, false, false),
	('cstring', 'lifetable bin 5167', '''histogram{5167:1/0/0}''', true, false, false),
	('cstring', 'lifetable bin -1', '''histogram{-1:1/0/0}''', true, false, false),
	('cstring', 'lifetable uint32 max', '''histogram{0:4294967295/4294967295/4294967295}''', true, false, false),
	('cstring', 'lifetable uint32 over', '''histogram{0:4294967296/0/0}''', true, false, false),
	('cstring', 'lifetable bin twice', '''histogram{0:1/0/0, 0:1/0/0}''', true, false, false),
	('cstring', 'lifetable unsorted', '''histogram{9:1/0/0, 3:1/0/0}''', true, false, false),
	('cstring', 'lifetable entries only', '''histogram{0:0/0/5}''', true, false, false),
	('cstring', 'flows', '''(mass=2, virgin=1.4, waste=0.8, feedstock_loss=0.1, recycling_loss=0.1)''', true, false, false),
	('cstring', 'flows zero', '''(mass=0, virgin=0, waste=0, feedstock_loss=0, recycling_loss=0)''', true, false, false),
	('cstring', 'flows max', '''(mass=1.7976931348623157e308, virgin=1.7976931348623157e308, waste=1.7976931348623157e308, feedstock_loss=1.7976931348623157e308, recycling_loss=1.7976931348623157e308)''', true, false, false),
	('cstring', 'flows denormal', '''(mass=5e-324, virgin=5e-324, waste=5e-324, feedstock_loss=5e-324, recycling_loss=5e-324)''', true, false, false),
	('cstring', 'flows inconsistent', '''(mass=1, virgin=2, waste=0, feedstock_loss=0, recycling_loss=0)''', true, false, false),
	('cstring', 'flows NaN', '''(mass=NaN, virgin=0, waste=0, feedstock_loss=0, recycling_loss=0)''', true, false, false),
	('cstring', 'flows missing', '''(mass=1)''', true, false, false),
	('cstring', '1MB x', 'repeat(''x'', 1048576)', true, false, false),
	('cstring', 'control', 'E''\x01\x02\x7f''', true, false, false),
	('cstring', 'multibyte', '''Cö漢字😀=1g''', true, false, false),
	-- jsonb
	('jsonb', 'NULL', 'NULL', false, true, false),
	('jsonb', 'object', '''{"Co": 65, "Au": 0.104}''', true, true, true),
	('jsonb', '{}', '''{}''', true, true, false),
	('jsonb', '[]', '''[]''', true, true, false),
	('jsonb', 'null', '''null''', true, true, false),
	('jsonb', 'number', '''0''', true, false, false),
	('jsonb', 'string', '''"x"''', true, false, false),
	('jsonb', 'true', '''true''', true, false, false),
	('jsonb', 'array of objects', '''[{"Co": 1}]''', true, false, false),
	('jsonb', 'zero', '''{"Co": 0}''', true, false, false),
	('jsonb', 'negative', '''{"Co": -1}''', true, false, false),
	('jsonb', 'string value', '''{"Co": "1"}''', true, false, false),
	('jsonb', 'null value', '''{"Co": null}''', true, false, false),
	('jsonb', 'bool value', '''{"Co": true}''', true, false, false),
	('jsonb', 'object value', '''{"Co": {"g": 1}}''', true, false, false),
	('jsonb', 'array value', '''{"Co": [1]}''', true, false, false),
	('jsonb', '1e308', '''{"Co": 1e308}''', true, false, false),
	('jsonb', '1e309', '''{"Co": 1e309}''', true, false, false),
	('jsonb', '1e-400', '''{"Co": 1e-400}''', true, false, false),
	('jsonb', '400 digits', '(''{"Co": '' || repeat(''9'', 400) || ''}'')::jsonb', true, false, false),
	('jsonb', 'unknown key', '''{"Xx": 1}''', true, false, false),
	('jsonb', 'empty key', '''{"": 1}''', true, false, false),
	('jsonb', 'name and symbol', '''{"cobalt": 1, "Co": 2}''', true, false, false),
	('jsonb', 'all 118 max', $q$(SELECT jsonb_object_agg(symbol, 1.7976931348623157e308) FROM circular_ict.element_list())$q$, true, false, false),
	('jsonb', 'criteria', '''{"warranty_years": 3, "spare_parts_years": 7, "battery_replaceable": true}''', true, false, false),
	('jsonb', 'criteria strings', '''{"warranty_years": "3", "spare_parts_years": "7", "battery_replaceable": "yes"}''', true, false, false),
	('jsonb', 'criteria huge', '''{"warranty_years": 1e308, "spare_parts_years": -1e308}''', true, false, false),
	('jsonb', 'criteria nested', '''{"warranty_years": {"a": [1]}, "battery_replaceable": [true]}''', true, false, false),
	('jsonb', 'deep', 'repeat(''['', 5000)::text || repeat('']'', 5000)', true, false, false),
	('jsonb', '10000 keys', $q$(SELECT jsonb_object_agg('k' || i, i) FROM generate_series(1, 10000) i)$q$, true, false, false),
	('jsonb', '1MB key', $q$jsonb_build_object(repeat('x', 1048576), 1)$q$, true, false, false),
	-- float8[]
	('float8[]', 'NULL', 'NULL', false, true, false),
	('float8[]', '{1,2}', '''{1,2}''', true, true, true),
	('float8[]', '{}', '''{}''', true, true, false),
	('float8[]', '{NULL}', '''{NULL}''', true, true, false),
	('float8[]', '{1,NULL}', '''{1,NULL}''', true, false, false),
	('float8[]', '{0,0}', '''{0,0}''', true, true, false),
	('float8[]', '{1}', '''{1}''', true, false, false),
	('float8[]', '{2,1}', '''{2,1}''', true, false, false),
	('float8[]', '{1,1}', '''{1,1}''', true, false, false),
	('float8[]', '{-1,1}', '''{-1,1}''', true, false, false),
	('float8[]', '{0,1}', '''{0,1}''', true, false, false),
	('float8[]', '{1,NaN}', '''{1,NaN}''', false, false, false),
	('float8[]', '{1,Infinity}', '''{1,Infinity}''', false, false, false),
	('float8[]', '{1e308,1e308}', '''{1e308,1e308}''', true, false, false),
	('float8[]', '{5e-324,1e-300}', '''{5e-324,1e-300}''', true, false, false),
	('float8[]', '2-D', '''{{1,2},{3,4}}''', true, true, false),
	('float8[]', 'lower bound 0', '''[0:1]={1,2}''', true, true, false),
	('float8[]', 'three', '''{1,2,3}''', true, false, false),
	('float8[]', '1000 increasing', '(SELECT array_agg(i::float8) FROM generate_series(1, 1000) i)', true, false, false),
	('float8[]', '1001 increasing', '(SELECT array_agg(i::float8) FROM generate_series(1, 1001) i)', true, false, false),
	('float8[]', '1M zeros', 'array_fill(0::float8, ARRAY[1000000])', true, false, false),
	('float8[]', 'profile', '''{{1,2},{3,4}}''', true, true, false),
	('float8[]', 'profile, NULL weight', '''{{1,NULL},{2,3}}''', true, false, false),
	('float8[]', 'profile, NULL age', '''{{NULL,1}}''', true, false, false),
	('float8[]', 'profile, negative', '''{{-1,1},{1,-1}}''', true, false, false),
	('float8[]', 'profile, 3-D', '''{{{1,2}}}''', true, false, false),
	-- date[]: the periods of the disclosures' period sums (starts, ends)
	('date[]', 'NULL', 'NULL', false, true, false),
	('date[]', 'two years', '''{2024-01-01,2025-01-01}''', true, true, true),
	('date[]', '{}', '''{}''', true, true, false),
	('date[]', '{NULL}', '''{NULL}''', true, true, false),
	('date[]', 'one NULL', '''{2024-01-01,NULL}''', true, false, false),
	('date[]', 'one year', '''{2025-01-01}''', true, true, false),
	('date[]', 'reversed', '''{2025-01-01,2024-01-01}''', true, false, false),
	('date[]', 'infinite', '''{-infinity,infinity}''', false, true, false),
	('date[]', 'extremes', '''{4713-01-01 BC,5874897-12-31}''', true, false, false),
	('date[]', '2-D', '''{{2024-01-01,2025-01-01}}''', true, true, false),
	('date[]', 'lower bound 0', '''[0:1]={2024-01-01,2025-01-01}''', true, false, false),
	('date[]', '111 years', '(SELECT array_agg(make_date(y, 1, 1) ORDER BY y) FROM generate_series(1990, 2100) y)', true, false, false),
	('date[]', '112 years', '(SELECT array_agg(make_date(y, 1, 1) ORDER BY y) FROM generate_series(1990, 2101) y)', true, false, false),
	('date[]', '1M dates', 'array_fill(''2024-01-01''::date, ARRAY[1000000])', true, false, false),
	-- bytea: the states of weighted_median and age_profile, whose support
	-- functions run only inside their aggregates
	('bytea', 'NULL', 'NULL', false, true, false),
	('bytea', 'empty', '''\x''::bytea', true, true, true),
	('bytea', 'bytes', '''\x0123456789abcdef''::bytea', true, true, false),
	('bytea', 'header-like', 'decode(repeat(''ff'', 64), ''hex'')', true, false, false),
	('bytea', '1 MB', 'decode(repeat(''00'', 1048576), ''hex'')', true, false, false),
	-- bytea: inventory files for import_file and its readers
	('bytea', 'inventory file', $q$convert_to(E'serial;category;purchased;retired;status;country;planned_retirement\nH-1;laptop;2020-01-01;;in use;NL;2027-01-01\nH-2;Laptop;05/06/2021;2024-01-01;Lost;Atlantis;\n;;;\n"H-3;x\nH-4;laptop;2020-01-01;2019-01-01;;;\n', 'UTF8')$q$, true, true, false),
	('bytea', 'inventory UTF-16', $q$'\xfffe'::bytea || decode('730065007200690061006c003b00630061007400650067006f00720079003b00700075007200630068006100730065006400', 'hex') || decode('0a0048002d0035003b006c006100700074006f0070003b0032003000320030002d00300031002d003000310000d8', 'hex')$q$, true, false, false),
	-- bigint[]: ids for the delete functions
	('bigint[]', 'NULL', 'NULL', false, true, false),
	('bigint[]', '{1,2}', '''{1,2}''', true, true, true),
	('bigint[]', '{}', '''{}''', true, true, false),
	('bigint[]', '{NULL}', '''{NULL}''', true, false, false),
	('bigint[]', '2-D', '''{{1,2},{3,4}}''', true, false, false),
	('bigint[]', 'max', '''{9223372036854775807,-9223372036854775808}''', true, false, false),
	('bigint[]', '100000 ids', 'array(SELECT generate_series(1, 100000)::bigint)', true, false, false),
	-- timestamptz
	('timestamptz', 'NULL', 'NULL', false, true, false),
	('timestamptz', '2025-06-30', '''2025-06-30 12:00:00+00''', true, true, true),
	('timestamptz', 'infinity', '''infinity''', false, true, false),
	('timestamptz', '-infinity', '''-infinity''', false, false, false),
	-- "any" (weakest_confidence): text of every kind, and other types
	('"any"', 'NULL', 'NULL', false, true, false),
	('"any"', 'verified', '''verified''::text', true, true, true),
	('"any"', 'unverified varchar', '''unverified''::varchar', true, true, false),
	('"any"', 'Verified', '''Verified''::text', true, false, false),
	('"any"', 'empty', '''''::text', true, false, false),
	('"any"', 'multibyte', '''Cö漢字😀''::text', true, false, false),
	('"any"', '1MB x', 'repeat(''x'', 1048576)', true, false, false),
	('"any"', '1MB multibyte', 'repeat(''漢'', 349526)', true, false, false),
	('"any"', 'integer', '1', true, false, false),
	('"any"', 'NaN float8', '''NaN''::float8', true, false, false),
	('"any"', 'text[]', 'ARRAY[''verified'']', true, false, false),
	('"any"', 'date', '''2020-01-01''::date', true, false, false),
	-- text[]
	('text[]', 'NULL', 'NULL', false, true, false),
	('text[]', '{Co,Au}', '''{Co,Au}''', true, true, true),
	('text[]', '{}', '''{}''', true, true, false),
	('text[]', '{NULL}', '''{NULL}''', true, true, false),
	('text[]', '{Co,NULL}', '''{Co,NULL}''', true, false, false),
	('text[]', '{""}', '''{""}''', true, false, false),
	('text[]', '{Co,Co,cobalt}', '''{Co,Co,cobalt}''', true, false, false),
	('text[]', '{Xx}', '''{Xx}''', true, false, false),
	('text[]', '2-D', '''{{Co,Au},{Nd,Pr}}''', true, true, false),
	('text[]', 'lower bound 0', '''[0:1]={Co,Au}''', true, false, false),
	('text[]', '1MB element', 'ARRAY[repeat(''x'', 1048576)]', true, false, false),
	('text[]', '100000 Co', 'array_fill(''Co''::text, ARRAY[100000])', true, false, false),
	-- materials
	('circular_ict.materials', 'NULL', 'NULL', false, true, false),
	('circular_ict.materials', 'Co,Au', '''Co=65g, Au=104mg''', true, true, true),
	('circular_ict.materials', 'empty', '''''', true, true, false),
	('circular_ict.materials', 'denormal', '''Co=5e-324g''', true, false, false),
	('circular_ict.materials', 'max', '''Co=1.7976931348623157e308g''', true, true, false),
	('circular_ict.materials', 'all 118 1g', $q$(SELECT string_agg(symbol || '=1g', ', ') FROM circular_ict.element_list())::circular_ict.materials$q$, true, false, false),
	('circular_ict.materials', 'all 118 max/118', $q$(SELECT string_agg(symbol || '=1.5e306g', ', ') FROM circular_ict.element_list())::circular_ict.materials$q$, true, true, false),
	('circular_ict.materials', 'all 118 max', $q$(SELECT string_agg(symbol || '=1.7976931348623157e308g', ', ') FROM circular_ict.element_list())::circular_ict.materials$q$, true, false, false),
	-- weibull
	('circular_ict.weibull', 'NULL', 'NULL', false, true, false),
	('circular_ict.weibull', '(2,5)', 'circular_ict.weibull(2, 5)', true, true, true),
	('circular_ict.weibull', '(1,1)', 'circular_ict.weibull(1, 1)', true, false, false),
	('circular_ict.weibull', '(0.1,5)', 'circular_ict.weibull(0.1, 5)', true, false, false),
	('circular_ict.weibull', '(50,5)', 'circular_ict.weibull(50, 5)', true, false, false),
	('circular_ict.weibull', '(1e-300,1)', 'circular_ict.weibull(1e-300, 1)', true, true, false),
	('circular_ict.weibull', '(1e300,1)', 'circular_ict.weibull(1e300, 1)', true, true, false),
	('circular_ict.weibull', '(1,1e-300)', 'circular_ict.weibull(1, 1e-300)', true, true, false),
	('circular_ict.weibull', '(1,1e300)', 'circular_ict.weibull(1, 1e300)', true, true, false),
	('circular_ict.weibull', '(denormal,denormal)', 'circular_ict.weibull(5e-324, 5e-324)', true, false, false),
	('circular_ict.weibull', '(max,max)', 'circular_ict.weibull(1.7976931348623157e308, 1.7976931348623157e308)', true, false, false),
	('circular_ict.weibull', '(max,denormal)', 'circular_ict.weibull(1.7976931348623157e308, 5e-324)', true, false, false),
	('circular_ict.weibull', '(denormal,max)', 'circular_ict.weibull(5e-324, 1.7976931348623157e308)', true, false, false),
	-- lifetable
	('circular_ict.lifetable', 'NULL', 'NULL', false, true, false),
	('circular_ict.lifetable', 'exact', '''exact{2.5, 3+, 4@1, 4.5+@1, 6}''', true, true, true),
	('circular_ict.lifetable', 'empty', '''exact{}''', true, true, false),
	('circular_ict.lifetable', 'censored only', '''exact{1+, 2+, 3+}''', true, false, false),
	('circular_ict.lifetable', 'one retirement', '''exact{3}''', true, false, false),
	('circular_ict.lifetable', 'tied retirements', '''exact{3, 3, 3}''', true, false, false),
	('circular_ict.lifetable', 'ages 100', '''exact{100, 100, 99.9}''', true, false, false),
	('circular_ict.lifetable', 'denormal ages', '''exact{5e-324, 1e-300, 1e-300+}''', true, true, false),
	('circular_ict.lifetable', 'histogram', $q$(SELECT circular_ict.lifetable(x / 100.0, x % 3 = 0) FROM generate_series(1, 5000) x)$q$, true, true, false),
	('circular_ict.lifetable', 'uint32 max', '''histogram{0:0/0/4294967295, 5166:4294967295/0/0}''', true, true, false),
	-- material_flows
	('circular_ict.material_flows', 'NULL', 'NULL', false, true, false),
	('circular_ict.material_flows', 'typical', 'circular_ict.material_flows(2, 0.2, 0.1, 0.5, 0.1, 0.8, 0.9)', true, true, true),
	('circular_ict.material_flows', 'linear', 'circular_ict.material_flows(1)', true, false, false),
	('circular_ict.material_flows', 'restorative', 'circular_ict.material_flows(1, 0, 1, 0, 1)', true, false, false),
	('circular_ict.material_flows', 'max', 'circular_ict.material_flows(1.7976931348623157e308)', true, true, false),
	('circular_ict.material_flows', 'max mixed', 'circular_ict.material_flows(1.7976931348623157e308, 0.5, 0, 0.5, 0, 1e-300, 1e-300)', true, true, false),
	('circular_ict.material_flows', 'denormal', 'circular_ict.material_flows(5e-324, 0.5, 0, 0.5)', true, true, false);

-- per-function base values (the argument's own base would fail every call)
INSERT INTO hostile.base (fn, pos, expr) VALUES
	('adp', 2, '''EF3.1'''),
	('adp_uncharacterised_grams', 2, '''EF3.1'''),
	('materials_only', 2, '''{Co,Au}'''),
	('materials_hash_extended', 2, '7'),
	('criteria_check', 1, '''{"warranty_years": 3, "spare_parts_years": 7}'''),
	('criteria_check', 2, '''laptop'''),
	('criteria_check', 3, '''EU-GPP-2021'''),
	('criteria_check', 4, 'NULL'),
	('meets_criteria', 1, '''{"warranty_years": 3, "spare_parts_years": 7}'''),
	('meets_criteria', 2, '''laptop'''),
	('meets_criteria', 3, '''EU-GPP-2021'''),
	('meets_criteria', 4, 'NULL'),
	('import_date', 1, '''2020-01-01'''),
	('import_number', 1, '''1.5'''),
	('import_assets', 1, '''Alpha'''),
	('quantile', 2, '0.5'),
	('retire_probability', 2, '1'),
	('retire_probability', 3, '2'),
	('retirement_forecast', 3, '5'),
	('lifetable_add', 2, '2.5'),
	('lifetable_add', 4, '0.5'),
	('service_years', 1, '''2020-01-01'''),
	('service_years', 2, 'NULL'),
	('service_years', 3, '''2025-06-30'''),
	('expected_retirements_add', 1, 'NULL'),
	('expected_retirements_add', 5, '''{1,2}'''),
	('expected_retirements_combine', 1, '''{0.5,0.25}'''),
	('expected_retirements_combine', 2, '''{0.5,0.25}'''),
	('mci_weighted_accum', 1, '''{0,0}'''),
	('mci_weighted_accum', 2, '0.5'),
	('mci_weighted_accum', 3, '2'),
	('mci_weighted_combine', 1, '''{2,1}'''),
	('mci_weighted_combine', 2, '''{2,1}'''),
	('mci_weighted_final', 1, '''{2,1}'''),
	('utility', 1, '5'),
	('utility', 2, '5'),
	('utility', 3, '1'),
	('utility', 4, '1'),
	('annualised_co2e', 1, '200'),
	('annualised_co2e', 2, '4'),
	('annualised_co2e', 3, '20'),
	('annualised_co2e', 4, '0.4'),
	('life_extension_saving', 1, '200'),
	('life_extension_saving', 2, '20'),
	('life_extension_saving', 3, '0.4'),
	('life_extension_saving', 4, '4'),
	('life_extension_saving', 5, '5'),
	('materials', 2, '1'),
	('weibull', 1, '2'),
	('weibull', 2, '5');
-- material_flows(mass, F_R, F_U, C_R, C_U, E_F, E_C, F_S, C_C, C_E) and
-- mci_of_fractions (the same ten, then the utility or its four factors)
-- the periods' ends after their starts (the period sums), and a purchase
-- inside them
INSERT INTO hostile.base (fn, pos, expr)
SELECT f, p, e
FROM unnest(ARRAY['ghg_period_sums', 'esrs_period_sums', 'pact_period_sums']) f,
	(VALUES (2, '''{2025-01-01,2026-01-01}'''), (3, '''2024-06-30''')) v (p, e)
WHERE NOT (f = 'ghg_period_sums' AND p = 3)
UNION ALL
SELECT 'ghg_period_sums', p, e FROM (VALUES (3, '''2026-06-30'''), (4, '''2024-06-30''')) v (p, e);

INSERT INTO hostile.base (fn, pos, expr)
SELECT f, p, (ARRAY['2', '0.2', '0.1', '0.5', '0.1', '0.8', '0.9', '0', '0', '0', '5', '5', '1', '1'])[p]
FROM unnest(ARRAY['material_flows', 'mci_of_fractions']) f, generate_series(1, 14) p;

-- the base value of argument pos (1-based) of function fn of type typ
CREATE FUNCTION hostile.base_expr(fn name, pos integer, typ regtype) RETURNS text
LANGUAGE sql STABLE AS $$
	SELECT coalesce(
		(SELECT b.expr FROM hostile.base b WHERE b.fn = base_expr.fn AND b.pos = base_expr.pos),
		(SELECT p.expr FROM hostile.pool p WHERE p.typ = base_expr.typ AND p.is_base),
		'NULL')
$$;

-- one call: runs sql (which yields one text column "r", or no row),
-- records its outcome, and rolls it back
CREATE FUNCTION hostile.try(target text, args text, ordinary boolean, sql text, result_type regtype)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	r text;
	back text;
	st text;
	msg text;
	det text;
	hnt text;
	started timestamptz := clock_timestamp();
	own_type boolean := result_type IN ('circular_ict.materials'::regtype, 'circular_ict.weibull'::regtype,
										'circular_ict.lifetable'::regtype, 'circular_ict.material_flows'::regtype);
BEGIN
	BEGIN
		EXECUTE sql INTO r;
		-- a value of an extension type must read back as itself
		IF own_type AND r IS NOT NULL THEN
			EXECUTE format('SELECT ($1::%s)::text', result_type) INTO back USING r;
		END IF;
		-- the sentinel: undo whatever the call did
		RAISE SQLSTATE 'HX000';
	EXCEPTION
		WHEN SQLSTATE 'HX000' THEN
			st := NULL;
		WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
				det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
			r := NULL;
	END;
	INSERT INTO hostile.result (target, args, ordinary, sqlstate, message, detail, hint, result,
								nonfinite, roundtrip_ok, ms)
	VALUES (target, args, ordinary, st, left(msg, 2000), left(det, 2000), left(hnt, 2000), left(r, 300),
			r ~ '(^|[^A-Za-z])(NaN|-?Infinity)([^A-Za-z]|$)',
			CASE WHEN own_type AND st IS NULL AND r IS NOT NULL THEN back IS NOT DISTINCT FROM r END,
			extract(epoch FROM clock_timestamp() - started) * 1000);
END
$$;

-- the SQL of one call of function f with argument expressions a; a set is
-- reduced to its row count and its first rows
CREATE FUNCTION hostile.call_sql(f regprocedure, a text[]) RETURNS text
LANGUAGE sql STABLE AS $$
	SELECT CASE WHEN p.proretset THEN
			format('SELECT count(*) || '' rows: '' || coalesce(left(string_agg(t::text, ''; ''), 300), '''') AS r FROM (SELECT * FROM %s.%I(%s) LIMIT 100000) t',
				   n.nspname, p.proname, array_to_string(a, ', '))
		ELSE format('SELECT (%s.%I(%s))::text AS r', n.nspname, p.proname, array_to_string(a, ', '))
		END
	FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
	WHERE p.oid = f
$$;

-- every call of one function: the base call, all NULL, each argument
-- through its pool with the others at their base, and pairs of arguments
-- through their pair values
CREATE FUNCTION hostile.run(f regprocedure) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	p pg_proc;
	types regtype[];
	base text[];
	n integer;
	a text[];
	i integer;
	j integer;
	v record;
	w record;
	calls integer := 0;
	labels text[];
BEGIN
	SELECT * INTO p FROM pg_proc WHERE oid = f;
	n := p.pronargs;
	SELECT coalesce(array_agg(t::regtype ORDER BY k), '{}') INTO types
	FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS u (t, k);
	IF 'internal'::regtype = ANY (types) THEN
		RETURN 0;		-- not callable with a value from SQL
	END IF;
	SELECT coalesce(array_agg(format('(%s)::%s', hostile.base_expr(p.proname, k::integer, types[k]), types[k]) ORDER BY k), '{}')
	INTO base FROM generate_series(1, n) k;

	PERFORM hostile.try(f::text, 'base', true, hostile.call_sql(f, base), p.prorettype);
	calls := 1;
	IF n > 0 THEN
		SELECT array_agg(format('NULL::%s', types[k]) ORDER BY k) INTO a FROM generate_series(1, n) k;
		PERFORM hostile.try(f::text, 'all NULL', false, hostile.call_sql(f, a), p.prorettype);
		calls := calls + 1;
	END IF;
	FOR i IN 1 .. n LOOP
		FOR v IN SELECT * FROM hostile.pool WHERE typ = types[i] ORDER BY label LOOP
			a := base;
			a[i] := format('(%s)::%s', v.expr, types[i]);
			PERFORM hostile.try(f::text, format('$%s = %s', i, v.label), v.ordinary,
								hostile.call_sql(f, a), p.prorettype);
			calls := calls + 1;
		END LOOP;
	END LOOP;
	FOR i IN 1 .. n LOOP
		FOR j IN i + 1 .. n LOOP
			FOR v IN SELECT * FROM hostile.pool WHERE typ = types[i] AND pair LOOP
				FOR w IN SELECT * FROM hostile.pool WHERE typ = types[j] AND pair LOOP
					a := base;
					a[i] := format('(%s)::%s', v.expr, types[i]);
					a[j] := format('(%s)::%s', w.expr, types[j]);
					PERFORM hostile.try(f::text, format('$%s = %s, $%s = %s', i, v.label, j, w.label),
										v.ordinary AND w.ordinary, hostile.call_sql(f, a), p.prorettype);
					calls := calls + 1;
				END LOOP;
			END LOOP;
		END LOOP;
	END LOOP;
	RETURN calls;
END
$$;

-- every aggregate over rows of hostile values: no rows, the base row, the
-- base row and a row with one argument from its pool (so two states meet),
-- a row of NULLs, and 5000 base rows
CREATE FUNCTION hostile.run_aggregates() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	g record;
	types regtype[];
	base text[];
	a text[];
	n integer;
	i integer;
	v record;
	cols text;
	calls integer := 0;
BEGIN
	FOR g IN
		SELECT p.oid::regprocedure AS f, p.proname, n.nspname, p.pronargs, p.proargtypes, p.prorettype
		FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid AND d.classid = 'pg_proc'::regclass
			JOIN pg_namespace n ON n.oid = p.pronamespace
		WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict')
		  AND d.deptype = 'e' AND p.prokind = 'a'
		ORDER BY p.oid::regprocedure::text
	LOOP
		n := g.pronargs;
		SELECT array_agg(t::regtype ORDER BY k) INTO types
		FROM unnest(g.proargtypes::oid[]) WITH ORDINALITY AS u (t, k);
		-- the aggregate's own name decides its base arguments (expected_retirements)
		SELECT array_agg(format('(%s)::%s', CASE WHEN g.proname = 'expected_retirements' AND k = 4 THEN '''{1,2}'''
										  ELSE hostile.base_expr(g.proname, k::integer, types[k]) END, types[k]) ORDER BY k)
		INTO base FROM generate_series(1, n) k;
		SELECT string_agg('c' || k, ', ' ORDER BY k) INTO cols FROM generate_series(1, n) k;

		PERFORM hostile.try(g.f::text, 'no rows', true,
			format('SELECT (%s.%I(%s))::text FROM (SELECT %s WHERE false) v (%s)',
				   g.nspname, g.proname, cols, array_to_string(base, ', '), cols), g.prorettype);
		PERFORM hostile.try(g.f::text, 'base row', true,
			format('SELECT (%s.%I(%s))::text FROM (SELECT %s) v (%s)',
				   g.nspname, g.proname, cols, array_to_string(base, ', '), cols), g.prorettype);
		SELECT array_agg(format('NULL::%s', types[k]) ORDER BY k) INTO a FROM generate_series(1, n) k;
		PERFORM hostile.try(g.f::text, 'NULL row', false,
			format('SELECT (%s.%I(%s))::text FROM (SELECT %s) v (%s)',
				   g.nspname, g.proname, cols, array_to_string(a, ', '), cols), g.prorettype);
		PERFORM hostile.try(g.f::text, '5000 base rows', true,
			format('SELECT (%s.%I(%s))::text FROM (SELECT %s FROM generate_series(1, 5000)) v (%s)',
				   g.nspname, g.proname, cols, array_to_string(base, ', '), cols), g.prorettype);
		calls := calls + 4;
		FOR i IN 1 .. n LOOP
			FOR v IN SELECT * FROM hostile.pool WHERE typ = types[i] ORDER BY label LOOP
				a := base;
				a[i] := format('(%s)::%s', v.expr, types[i]);
				PERFORM hostile.try(g.f::text, format('base row + row with $%s = %s', i, v.label), v.ordinary,
					format('SELECT (%s.%I(%s))::text FROM (SELECT %s UNION ALL SELECT %s) v (%s)',
						   g.nspname, g.proname, cols, array_to_string(base, ', '), array_to_string(a, ', '), cols),
					g.prorettype);
				calls := calls + 1;
			END LOOP;
		END LOOP;
	END LOOP;
	RETURN calls;
END
$$;

-- every operator over every pair of values of its argument types
CREATE FUNCTION hostile.run_operators() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	o record;
	v record;
	w record;
	calls integer := 0;
BEGIN
	FOR o IN
		SELECT op.oid::regoperator AS op, op.oprname, n.nspname, op.oprleft::regtype AS l,
			op.oprright::regtype AS r, op.oprresult
		FROM pg_depend d JOIN pg_operator op ON op.oid = d.objid AND d.classid = 'pg_operator'::regclass
			JOIN pg_namespace n ON n.oid = op.oprnamespace
		WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict') AND d.deptype = 'e'
		ORDER BY op.oid::regoperator::text
	LOOP
		FOR v IN SELECT * FROM hostile.pool WHERE typ = o.l LOOP
			FOR w IN SELECT * FROM hostile.pool WHERE typ = o.r LOOP
				PERFORM hostile.try(o.op::text, format('%s, %s', v.label, w.label), v.ordinary AND w.ordinary,
					format('SELECT ((%s)::%s OPERATOR(%s.%s) (%s)::%s)::text', v.expr, o.l, o.nspname, o.oprname, w.expr, o.r),
					o.oprresult);
				calls := calls + 1;
			END LOOP;
		END LOOP;
	END LOOP;
	RETURN calls;
END
$$;

-- every cast of the extension over the values of its source type
CREATE FUNCTION hostile.run_casts() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
	c record;
	v record;
	calls integer := 0;
BEGIN
	FOR c IN
		SELECT k.castsource::regtype AS s, k.casttarget::regtype AS t
		FROM pg_depend d JOIN pg_cast k ON k.oid = d.objid AND d.classid = 'pg_cast'::regclass
		WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'circular_ict') AND d.deptype = 'e'
	LOOP
		FOR v IN SELECT * FROM hostile.pool WHERE typ = c.s LOOP
			PERFORM hostile.try(format('CAST (%s AS %s)', c.s, c.t), v.label, v.ordinary,
				format('SELECT ((%s)::%s::%s)::text', v.expr, c.s, c.t), c.t);
			calls := calls + 1;
		END LOOP;
	END LOOP;
	RETURN calls;
END
$$;
