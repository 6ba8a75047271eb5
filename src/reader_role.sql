-- the read-only logins' role (a part of src/buyer_group.sql, included by it
-- and by the upgrade from 0.2.0): circular_ict_reader reads, through
-- row-level security, and holds no privilege that writes or locks;
-- circular_ict_member, the writers' role, is a member of it and so reads
-- the same.  Cluster-wide, like the others: made only where it is missing.
DO $do$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'circular_ict_reader') THEN
		CREATE ROLE circular_ict_reader NOLOGIN;
	END IF;
	COMMENT ON ROLE circular_ict_reader IS 'circular_ict: granted to every read-only login (a BI connection) of a member organisation: reads what circular_ict.organisation_member lists for it; circular_ict_member (the writers) is a member of it';
	COMMENT ON ROLE circular_ict_member IS 'circular_ict: granted to every analyst''s login of a member organisation (read-only logins get circular_ict_reader); reads (as a member of circular_ict_reader) and writes the organisations circular_ict.organisation_member lists for it';
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_auth_members m
				   WHERE m.roleid = 'circular_ict_reader'::pg_catalog.regrole
					 AND m.member = 'circular_ict_member'::pg_catalog.regrole) THEN
		GRANT circular_ict_reader TO circular_ict_member;
	END IF;
END
$do$;
