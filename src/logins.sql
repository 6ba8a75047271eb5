-- the DBA's logins: a member of circular_ict_admin creates, changes and
-- drops the buyer group's logins through these functions, so that the DBA's
-- own login needs no CREATEROLE (on PostgreSQL 15 a CREATEROLE role may
-- grant itself pg_execute_server_program, pg_read_server_files and
-- pg_write_server_files, and so become the server's operating-system user).
--
-- They are SECURITY DEFINER: they run as the extension's owner, the
-- superuser who ran CREATE EXTENSION (the extension is not trusted).  So
-- they do only this: create a LOGIN role with no other attribute, grant it
-- circular_ict_member (an analyst) or circular_ict_reader (a read-only
-- login) and nothing else, and change, or drop, only a role
-- that is a circular_ict login (login_is_member_only()).  Every name is
-- quoted with format('%I'), every password with %L; search_path is pinned.
-- Only circular_ict_admin may execute them.

-- whether a role is one of the group's logins: a LOGIN role with no other
-- attribute, directly in circular_ict_member or circular_ict_reader and in
-- no other role, with no
-- member of its own, and owning nothing and granted nothing anywhere in the
-- cluster (pg_shdepend); the admin role, the DBA's login, superusers and
-- any role in pg_* are not
CREATE FUNCTION @extschema@.login_is_member_only(login text) RETURNS boolean
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $function$
SELECT coalesce((
	SELECT r.rolcanlogin
		AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
		AND EXISTS (SELECT FROM pg_catalog.pg_auth_members m
					WHERE m.member = r.oid
					  AND m.roleid IN ('circular_ict_member'::pg_catalog.regrole, 'circular_ict_reader'::pg_catalog.regrole))
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_auth_members m
						WHERE m.member = r.oid
						  AND m.roleid NOT IN ('circular_ict_member'::pg_catalog.regrole, 'circular_ict_reader'::pg_catalog.regrole))
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_auth_members m WHERE m.roleid = r.oid)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_shdepend d
						WHERE d.refclassid = 'pg_catalog.pg_authid'::pg_catalog.regclass AND d.refobjid = r.oid)
		AND NOT EXISTS (SELECT FROM pg_catalog.pg_database db WHERE db.datdba = r.oid)
	FROM pg_catalog.pg_roles r
	WHERE r.rolname = login), false)
$function$;
COMMENT ON FUNCTION @extschema@.login_is_member_only(text) IS 'whether a role is a circular_ict login that the login functions may change or drop: LOGIN, no other attribute, in circular_ict_member or circular_ict_reader and no other role, no members, owns and is granted nothing in the cluster';

-- the checks every login function makes: a login name it may use, a known
-- kind, an organisation that exists; raises the error, else returns the
-- organisation's id (NULL when none was asked for)
CREATE FUNCTION @extschema@.login_check(login text, must_exist boolean,
		organisation text DEFAULT NULL, kind text DEFAULT NULL, check_organisation boolean DEFAULT false)
	RETURNS integer
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	org_id integer;
BEGIN
	IF login IS NULL OR login = '' THEN
		RAISE EXCEPTION 'login must not be NULL or empty'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF octet_length(login) > 63 THEN
		RAISE EXCEPTION 'login name is too long'
			USING ERRCODE = 'name_too_long',
				  DETAIL = format('The name has %s bytes; a role name has at most 63.', octet_length(login));
	END IF;
	IF login ~ '[[:cntrl:]]' THEN
		RAISE EXCEPTION 'login name must not contain control characters'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF login LIKE 'pg\_%' THEN
		RAISE EXCEPTION 'role name "%" is reserved', login
			USING ERRCODE = 'reserved_name',
				  DETAIL = 'Role names starting with "pg_" are reserved.';
	END IF;
	IF must_exist THEN
		IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.rolname = login) THEN
			RAISE EXCEPTION 'role "%" does not exist', login
				USING ERRCODE = 'undefined_object';
		END IF;
		IF NOT @extschema@.login_is_member_only(login) THEN
			RAISE EXCEPTION 'role "%" is not a circular_ict login', login
				USING ERRCODE = 'insufficient_privilege',
					  DETAIL = 'The login functions change only roles that log in, have no other attribute, are members of circular_ict_member or circular_ict_reader and of no other role, have no members, and own and are granted nothing.',
					  HINT = 'A superuser changes any other role.';
		END IF;
	ELSIF EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.rolname = login) THEN
		RAISE EXCEPTION 'role "%" already exists', login
			USING ERRCODE = 'duplicate_object',
				  HINT = 'To let a circular_ict login read another organisation, use circular_ict.add_login_organisation().';
	END IF;
	IF check_organisation THEN
		IF kind IS NULL OR kind NOT IN ('analyst', 'reader') THEN
			RAISE EXCEPTION 'unknown kind of login: %', coalesce(quote_literal(kind), 'NULL')
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Use analyst (reads and writes the organisation''s rows) or reader (reads them only, e.g. a BI connection).';
		END IF;
		IF organisation IS NULL THEN
			RAISE EXCEPTION 'organisation must not be NULL'
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		SELECT o.id INTO org_id FROM @extschema@.organisation o WHERE o.name = organisation;
		IF org_id IS NULL THEN
			RAISE EXCEPTION 'organisation "%" does not exist', organisation
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END IF;
	RETURN org_id;
END
$function$;
COMMENT ON FUNCTION @extschema@.login_check(text, boolean, text, text, boolean) IS 'the checks of the login functions: a usable role name (new, or a circular_ict login), a kind of login (analyst, reader), an organisation that exists; returns the organisation''s id';

-- creates the login role (create_role) or sets its password: the one
-- statement that holds a password; its error is raised again without the
-- statement (and so the password) in its context
CREATE FUNCTION @extschema@.login_password_statement(login text, password text, create_role boolean)
	RETURNS void
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	e_state text;
	e_message text;
	e_detail text;
	e_hint text;
BEGIN
	-- the checks again, should it ever be called alone
	PERFORM @extschema@.login_check(login, NOT create_role);
	IF create_role THEN
		EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION'
			' NOBYPASSRLS INHERIT PASSWORD %L', login, password);
	ELSE
		EXECUTE format('ALTER ROLE %I PASSWORD %L', login, password);
	END IF;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS e_state = RETURNED_SQLSTATE, e_message = MESSAGE_TEXT,
		e_detail = PG_EXCEPTION_DETAIL, e_hint = PG_EXCEPTION_HINT;
	-- (a DETAIL or HINT may not be NULL, and an empty one would be shown)
	IF e_detail = '' AND e_hint = '' THEN
		RAISE EXCEPTION USING ERRCODE = e_state, MESSAGE = e_message;
	ELSIF e_hint = '' THEN
		RAISE EXCEPTION USING ERRCODE = e_state, MESSAGE = e_message, DETAIL = e_detail;
	ELSIF e_detail = '' THEN
		RAISE EXCEPTION USING ERRCODE = e_state, MESSAGE = e_message, HINT = e_hint;
	ELSE
		RAISE EXCEPTION USING ERRCODE = e_state, MESSAGE = e_message, DETAIL = e_detail, HINT = e_hint;
	END IF;
END
$function$;
COMMENT ON FUNCTION @extschema@.login_password_statement(text, text, boolean) IS 'creates a login role with its password (create_role), or sets the password of one; its error is raised without the statement; called by the login functions only';

-- the one group role a login holds: circular_ict_member where it writes an
-- organisation of this database (organisation_member.can_write), else
-- circular_ict_reader, which holds no privilege that writes or locks.  A
-- grant of the other role is revoked, whoever made it (GRANTED BY).
CREATE FUNCTION @extschema@.login_group_role(login text) RETURNS void
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	wanted text := CASE WHEN EXISTS (SELECT FROM @extschema@.organisation_member m
									 WHERE m.role = login AND m.can_write)
						THEN 'circular_ict_member' ELSE 'circular_ict_reader' END;
	other text := CASE wanted WHEN 'circular_ict_member' THEN 'circular_ict_reader' ELSE 'circular_ict_member' END;
	g record;
BEGIN
	-- only a circular_ict login (the checks again, should it be called alone)
	PERFORM @extschema@.login_check(login, true);
	-- (names compared as names: a role name need not parse as an identifier)
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles r ON r.oid = m.member
				   WHERE r.rolname = login AND m.roleid = wanted::pg_catalog.regrole) THEN
		EXECUTE format('GRANT %I TO %I', wanted, login);
	END IF;
	FOR g IN SELECT pg_catalog.pg_get_userbyid(m.grantor) AS grantor
			 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles r ON r.oid = m.member
			 WHERE r.rolname = login AND m.roleid = other::pg_catalog.regrole
	LOOP
		EXECUTE format('REVOKE %I FROM %I GRANTED BY %I', other, login, g.grantor);
	END LOOP;
END
$function$;
COMMENT ON FUNCTION @extschema@.login_group_role(text) IS 'gives a circular_ict login the group role its rows of organisation_member ask for: circular_ict_member where it writes an organisation, else circular_ict_reader (and revokes the other); called by the login functions and the upgrade only';

CREATE FUNCTION @extschema@.create_login(login text, organisation text, kind text, password text DEFAULT NULL)
	RETURNS void
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	org_id integer := @extschema@.login_check(login, false, organisation, kind, true);
BEGIN
	PERFORM @extschema@.login_password_statement(login, password, true);
	EXECUTE format('GRANT %I TO %I',
		CASE kind WHEN 'analyst' THEN 'circular_ict_member' ELSE 'circular_ict_reader' END, login);
	INSERT INTO @extschema@.organisation_member (role, organisation_id, can_write)
	VALUES (login, org_id, kind = 'analyst');
END
$function$;
COMMENT ON FUNCTION @extschema@.create_login(text, text, text, text) IS 'creates a login of an organisation: a role with LOGIN and no other attribute, in circular_ict_reader reading the organisation (kind reader), or in circular_ict_member also writing it (kind analyst); password NULL: none (peer or certificate authentication); admin only';

CREATE FUNCTION @extschema@.add_login_organisation(login text, organisation text, kind text)
	RETURNS void
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	org_id integer := @extschema@.login_check(login, true, organisation, kind, true);
BEGIN
	INSERT INTO @extschema@.organisation_member AS m (role, organisation_id, can_write)
	VALUES (login, org_id, kind = 'analyst')
	ON CONFLICT (role, organisation_id) DO UPDATE SET can_write = excluded.can_write;
	PERFORM @extschema@.login_group_role(login);
END
$function$;
COMMENT ON FUNCTION @extschema@.add_login_organisation(text, text, text) IS 'lets a circular_ict login read another organisation (kind reader) or also write it (kind analyst); for an organisation it already reads, sets its kind; the login then holds circular_ict_member if it writes any organisation, else circular_ict_reader; admin only';

CREATE FUNCTION @extschema@.set_login_password(login text, password text) RETURNS void
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
	PERFORM @extschema@.login_check(login, true);
	PERFORM @extschema@.login_password_statement(login, password, false);
END
$function$;
COMMENT ON FUNCTION @extschema@.set_login_password(text, text) IS 'sets the password of a circular_ict login (NULL: none); admin only';

CREATE FUNCTION @extschema@.drop_login(login text) RETURNS void
	LANGUAGE plpgsql VOLATILE SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $function$
BEGIN
	PERFORM @extschema@.login_check(login, true);
	DELETE FROM @extschema@.organisation_member m WHERE m.role = login;
	EXECUTE format('DROP ROLE %I', login);
END
$function$;
COMMENT ON FUNCTION @extschema@.drop_login(text) IS 'drops a circular_ict login and its rows of organisation_member (in this database); admin only';

REVOKE ALL ON FUNCTION @extschema@.login_is_member_only(text),
	@extschema@.login_check(text, boolean, text, text, boolean),
	@extschema@.login_password_statement(text, text, boolean),
	@extschema@.login_group_role(text),
	@extschema@.create_login(text, text, text, text),
	@extschema@.add_login_organisation(text, text, text),
	@extschema@.set_login_password(text, text),
	@extschema@.drop_login(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.login_is_member_only(text),
	@extschema@.create_login(text, text, text, text),
	@extschema@.add_login_organisation(text, text, text),
	@extschema@.set_login_password(text, text),
	@extschema@.drop_login(text) TO circular_ict_admin;
