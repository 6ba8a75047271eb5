-- Everything a user of circular_ict depends on, one line per fact, sorted:
-- the extension's member objects with their definitions, labels, comments,
-- privileges and options, and the shipped reference rows.  Two databases
-- whose fingerprints are equal have the same extension.  (test/checks/upgrade)
\pset format unaligned
\pset tuples_only on
WITH ext AS (SELECT oid, extconfig, extcondition FROM pg_extension WHERE extname = 'circular_ict'),
member AS (
	SELECT d.classid, d.objid FROM pg_depend d, ext
	WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
),
facts AS (
	-- every member object, and its comment
	SELECT 'object ' || pg_describe_object(m.classid, m.objid, 0)
		   || coalesce(' -- ' || obj_description(m.objid, c.relname), '') AS fact
	FROM member m JOIN pg_class c ON c.oid = m.classid
	UNION ALL
	-- functions: the whole definition (labels, body, settings) and privileges
	SELECT 'function ' || pg_get_functiondef(p.oid) || ' acl ' || coalesce(p.proacl::text, '')
	FROM member m JOIN pg_proc p ON p.oid = m.objid
	WHERE m.classid = 'pg_proc'::regclass AND p.prokind IN ('f', 'p')
	UNION ALL
	SELECT format('aggregate %s sfunc %s stype %s final %s combine %s serial %s deserial %s init %s parallel %s',
				  a.aggfnoid::regprocedure, a.aggtransfn, a.aggtranstype::regtype, a.aggfinalfn,
				  a.aggcombinefn, a.aggserialfn, a.aggdeserialfn, a.agginitval, p.proparallel)
	FROM member m JOIN pg_aggregate a ON a.aggfnoid = m.objid JOIN pg_proc p ON p.oid = a.aggfnoid
	WHERE m.classid = 'pg_proc'::regclass
	UNION ALL
	-- tables and views: columns in order, with types, defaults, nullability,
	-- comments; options; row-level security; privileges
	SELECT format('relation %s kind %s options %s rls %s force %s acl %s', c.oid::regclass, c.relkind,
				  c.reloptions, c.relrowsecurity, c.relforcerowsecurity, c.relacl)
	FROM member m JOIN pg_class c ON c.oid = m.objid WHERE m.classid = 'pg_class'::regclass
	UNION ALL
	SELECT format('column %s.%s #%s %s notnull %s default %s identity %s generated %s -- %s',
				  c.oid::regclass, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull,
				  pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
				  col_description(c.oid, a.attnum))
	FROM member m JOIN pg_class c ON c.oid = m.objid
		JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
		LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
	WHERE m.classid = 'pg_class'::regclass
	UNION ALL
	SELECT format('constraint %s %s %s', co.conrelid::regclass, co.conname, pg_get_constraintdef(co.oid))
	FROM member m JOIN pg_constraint co ON co.conrelid = m.objid WHERE m.classid = 'pg_class'::regclass
	UNION ALL
	SELECT 'index ' || pg_get_indexdef(i.indexrelid)
	FROM member m JOIN pg_index i ON i.indrelid = m.objid WHERE m.classid = 'pg_class'::regclass
	UNION ALL
	SELECT format('view %s: %s', c.oid::regclass, pg_get_viewdef(c.oid))
	FROM member m JOIN pg_class c ON c.oid = m.objid WHERE m.classid = 'pg_class'::regclass AND c.relkind = 'v'
	UNION ALL
	SELECT 'trigger ' || pg_get_triggerdef(t.oid)
	FROM member m JOIN pg_trigger t ON t.tgrelid = m.objid WHERE m.classid = 'pg_class'::regclass AND NOT t.tgisinternal
	UNION ALL
	SELECT format('policy %s.%s %s to %s using %s check %s', p.schemaname, p.tablename || ' ' || p.policyname,
				  p.cmd, p.roles, p.qual, p.with_check)
	FROM pg_policies p WHERE p.schemaname = 'circular_ict'
	UNION ALL
	SELECT format('type %s -- %s', t.oid::regtype, obj_description(t.oid, 'pg_type'))
	FROM member m JOIN pg_type t ON t.oid = m.objid WHERE m.classid = 'pg_type'::regclass
	UNION ALL
	SELECT format('operator %s restrict %s join %s commutator %s negator %s hashes %s merges %s',
				  o.oid::regoperator, o.oprrest, o.oprjoin, o.oprcom::regoperator, o.oprnegate::regoperator,
				  o.oprcanhash, o.oprcanmerge)
	FROM member m JOIN pg_operator o ON o.oid = m.objid WHERE m.classid = 'pg_operator'::regclass
	UNION ALL
	SELECT format('schema acl %s', n.nspacl) FROM pg_namespace n WHERE n.nspname = 'circular_ict'
	UNION ALL
	-- what pg_dump keeps of each configuration table
	SELECT format('config %s %s', x.rel::regclass, x.cond)
	FROM ext, unnest(ext.extconfig, ext.extcondition) x (rel, cond)
)
SELECT fact FROM facts ORDER BY fact;

-- the rows the extension ships: those marked shipped in the configuration
-- tables, and every row of a member table pg_dump does not keep (element)
SELECT format('SELECT %L || t::text FROM %s t WHERE %s ORDER BY 1', 'row ' || c.oid::regclass || ' ', c.oid::regclass,
			  CASE WHEN x.rel IS NULL THEN 'true' ELSE 't.shipped' END)
FROM pg_extension e
	JOIN pg_depend d ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid AND d.deptype = 'e'
		AND d.classid = 'pg_class'::regclass
	JOIN pg_class c ON c.oid = d.objid AND c.relkind = 'r'
	LEFT JOIN unnest(e.extconfig) x (rel) ON x.rel = c.oid
WHERE e.extname = 'circular_ict'
  AND (x.rel IS NULL OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'shipped'))
ORDER BY 1 \gexec
