-- the trigger of the staging area (src/import.sql): on the view
-- asset_import, it stages a row in asset_import_row; on that table, before
-- every row is written, it sets the row's organisation.  The table's
-- trigger fires at any depth, so that a row a member's own trigger writes
-- is resolved as any other (a row staged through the view is resolved
-- once, by the table's trigger).  In a piece of its own, so that the install and the upgrade
-- scripts define it from one text.

CREATE OR REPLACE FUNCTION @extschema@.asset_import_stage() RETURNS trigger
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	writable integer[];
	org_name text;
BEGIN
	IF TG_WHEN = 'INSTEAD OF' THEN
		-- a row inserted into the view: staged in the table, whose trigger
		-- (this function again) resolves its organisation
		IF NEW.row_id IS NOT NULL THEN
			RAISE EXCEPTION 'cannot insert a non-DEFAULT value into column "row_id"'
				USING ERRCODE = 'generated_always',
					  DETAIL = 'Column "row_id" numbers the staged rows itself.';
		END IF;
		INSERT INTO @extschema@.asset_import_row (
				organisation, serial, model, manufacturer, category, quantity, purchased, retired,
				status, eol_route, acquired, country, entity, mass_kg, embodied_kg_co2e,
				kwh_per_year, nomequipementphysique, modele, fabricant, type, quantite, dateachat,
				dateretrait, statut, paysdutilisation, nomentite, consoelecannuelle, consoelecan,
				utilisateur, nomsourcedonnee, nomcourtdatacenter, nbcoeur, nbjourutilisean,
				gotelecharge, tailledudisque, taillememoire, typedeprocesseur, dureeutilisation,
				nombreutilisateur, organisation_id)
		VALUES (
				NEW.organisation, NEW.serial, NEW.model, NEW.manufacturer, NEW.category,
				NEW.quantity, NEW.purchased, NEW.retired, NEW.status, NEW.eol_route, NEW.acquired,
				NEW.country, NEW.entity, NEW.mass_kg, NEW.embodied_kg_co2e, NEW.kwh_per_year,
				NEW.nomequipementphysique, NEW.modele, NEW.fabricant, NEW.type, NEW.quantite,
				NEW.dateachat, NEW.dateretrait, NEW.statut, NEW.paysdutilisation, NEW.nomentite,
				NEW.consoelecannuelle, NEW.consoelecan, NEW.utilisateur, NEW.nomsourcedonnee,
				NEW.nomcourtdatacenter, NEW.nbcoeur, NEW.nbjourutilisean, NEW.gotelecharge,
				NEW.tailledudisque, NEW.taillememoire, NEW.typedeprocesseur, NEW.dureeutilisation,
				NEW.nombreutilisateur, NEW.organisation_id)
		RETURNING row_id, organisation, organisation_id INTO NEW.row_id, NEW.organisation, NEW.organisation_id;
		RETURN NEW;
	END IF;
	NEW.organisation := nullif(btrim(NEW.organisation), '');
	IF TG_OP = 'UPDATE' AND NEW.organisation_id IS NOT DISTINCT FROM OLD.organisation_id
		AND NEW.organisation IS DISTINCT FROM OLD.organisation THEN
		NEW.organisation_id := NULL;	-- the name changed: it decides
	END IF;
	IF NEW.organisation_id IS NOT NULL THEN
		-- the id decides.  organisation reads through row-level security:
		-- another organisation does not exist for a member
		SELECT o.name INTO org_name FROM @extschema@.organisation o WHERE o.id = NEW.organisation_id;
		IF org_name IS NULL THEN
			RAISE EXCEPTION 'organisation id % does not exist', NEW.organisation_id
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Stage rows for one of your organisations: SELECT * FROM circular_ict.organisation.';
		END IF;
		NEW.organisation := org_name;
	ELSIF NEW.organisation IS NOT NULL THEN
		SELECT o.id INTO NEW.organisation_id FROM @extschema@.organisation o WHERE o.name = NEW.organisation;
		-- the admin may stage rows for an organisation it adds later
		-- (import_assets() then finds them by name); a member may not
		IF NEW.organisation_id IS NULL AND NOT pg_has_role('circular_ict_admin', 'USAGE') THEN
			RAISE EXCEPTION 'organisation "%" does not exist', NEW.organisation
				USING ERRCODE = 'invalid_parameter_value',
					  HINT = 'Stage rows for one of your organisations (SELECT name FROM circular_ict.organisation), or leave the column empty.';
		END IF;
	ELSE
		-- no organisation given: a member who may write to one
		-- organisation stages for it; a role bound to none (the admin)
		-- stages for whichever organisation import_assets() is called for
		writable := @extschema@.writable_organisations();
		IF cardinality(writable) = 1 THEN
			NEW.organisation_id := writable[1];
			SELECT o.name INTO NEW.organisation FROM @extschema@.organisation o WHERE o.id = writable[1];
		ELSIF cardinality(writable) > 1 THEN
			RAISE EXCEPTION 'the staged row names no organisation'
				USING ERRCODE = 'invalid_parameter_value',
					  DETAIL = format('Role %s may write to %s organisations.', current_user, cardinality(writable)),
					  HINT = 'Fill the organisation column with the name of the organisation the row belongs to.';
		ELSIF NOT pg_has_role('circular_ict_admin', 'USAGE') THEN
			RAISE EXCEPTION 'permission denied to stage rows'
				USING ERRCODE = 'insufficient_privilege',
					  DETAIL = format('Role %s may not write to any organisation.', current_user),
					  HINT = 'The admin gives write access with can_write in circular_ict.organisation_member.';
		END IF;
	END IF;
	RETURN NEW;
END
$function$;
COMMENT ON FUNCTION @extschema@.asset_import_stage() IS 'trigger of the staging area: sets a row''s organisation_id from the organisation named (or the name from the id, which decides when both are given), or, when neither is, the only organisation the role may write to; on the view asset_import, stages the row in asset_import_row';
