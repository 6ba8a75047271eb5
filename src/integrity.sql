-- what one organisation writes cannot stop another's work (issue 18): a
-- member's asset refers only to a shared model or one of its own
-- organisation's, a model's attributes have the types the criteria read,
-- and the admin's group-wide figures judge a model whose attributes do not
-- (a row from before 0.3.0, or a criterion added later) as unknown instead
-- of failing.  The physical bounds of quantities, masses, emissions and
-- electricity use are CHECK constraints of the tables (src/fleet.sql); ids
-- are assigned by the extension: members have no privilege on the id
-- columns (src/security.sql).

-- an asset refers to a model of the catalogue shared by all or of its own
-- organisation: a model of another organisation would stop that
-- organisation deleting its model, and the admin deleting it.  With the
-- invoker's rights: row-level security hides another organisation's model
-- from a member, and the check says the same of it as of a model that does
-- not exist, so a member learns nothing of another's ids.  A model's
-- organisation does not change after it is registered (product_model_check),
-- except to shared, so what was checked here stays true; a model deleted
-- meanwhile is the foreign key's to refuse.
CREATE FUNCTION @extschema@.asset_model_check() RETURNS trigger
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	bad bigint;
	models bigint[];
	known_ids bigint[];
	known_organisations integer[];
BEGIN
	-- once per statement over the rows it wrote (an import writes 100000
	-- rows in one statement: one anti-join, not 100000 lookups).  In three
	-- steps, so that no query joins the rows written to product_model: on
	-- a Citus cluster (distribute()) the trigger runs on a shard of asset,
	-- where product_model is a reference table that Citus cannot join to
	-- a trigger's transition table
	SELECT pg_catalog.array_agg(DISTINCT n.model_id) INTO models
	FROM asset_model_check_rows n WHERE n.model_id IS NOT NULL;
	IF models IS NULL THEN
		RETURN NULL;
	END IF;
	SELECT pg_catalog.array_agg(m.id), pg_catalog.array_agg(m.organisation_id)
	INTO known_ids, known_organisations
	FROM @extschema@.product_model m WHERE m.id = ANY (models);
	SELECT n.model_id INTO bad
	FROM asset_model_check_rows n
	WHERE n.model_id IS NOT NULL
	  AND NOT EXISTS (SELECT FROM ROWS FROM (pg_catalog.unnest(known_ids), pg_catalog.unnest(known_organisations)) m (id, organisation_id)
					  WHERE m.id = n.model_id
						AND (m.organisation_id IS NULL OR m.organisation_id = n.organisation_id))
	LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'product model % is not one the asset''s organisation may use', bad
			USING ERRCODE = 'foreign_key_violation',
				  DETAIL = 'An asset refers to a shared model (organisation_id NULL) or to one of its own organisation''s.',
				  HINT = 'Register the model for the organisation first: INSERT INTO circular_ict.product_model.';
	END IF;
	RETURN NULL;
END
$function$;
COMMENT ON FUNCTION @extschema@.asset_model_check() IS 'statement trigger of asset: refuses rows whose model_id names neither a shared model nor one of the asset''s organisation';
-- (a trigger with transition tables can have no column list: the update
-- trigger runs after every UPDATE of asset, over the rows it changed)
CREATE TRIGGER asset_model_check_insert AFTER INSERT ON @extschema@.asset
	REFERENCING NEW TABLE AS asset_model_check_rows FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.asset_model_check();
CREATE TRIGGER asset_model_check_update AFTER UPDATE ON @extschema@.asset
	REFERENCING NEW TABLE AS asset_model_check_rows FOR EACH STATEMENT
	EXECUTE FUNCTION @extschema@.asset_model_check();

-- the JSON type each attribute a criterion reads must have: number for >=,
-- <= and a numeric =, boolean for 'is true', string for a text = (as
-- criteria_check() reads them)
CREATE FUNCTION @extschema@.criterion_attribute_type(operator text, threshold_text text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $function$
SELECT CASE WHEN operator = 'is true' THEN 'boolean'
			WHEN threshold_text IS NOT NULL THEN 'string'
			ELSE 'number' END
$function$;
COMMENT ON FUNCTION @extschema@.criterion_attribute_type(text, text) IS 'the JSON type a criterion of this operator and text threshold reads its attribute as: number, boolean or string';

-- a model's attributes: each one a criterion of any scheme or category
-- reads has the JSON type that criterion reads (or null), so that
-- criteria_check() never refuses it; and a model's organisation does not
-- change, except to shared (assets of its organisation refer to it)
CREATE FUNCTION @extschema@.product_model_check() RETURNS trigger
	LANGUAGE plpgsql VOLATILE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	bad record;
BEGIN
	IF TG_OP = 'UPDATE' AND NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
		AND NEW.organisation_id IS NOT NULL THEN
		RAISE EXCEPTION 'the organisation of product model % cannot change', NEW.id
			USING ERRCODE = 'check_violation',
				  DETAIL = 'Assets of its organisation may refer to it; a model may only become shared (organisation_id NULL).',
				  HINT = 'Register the model for the other organisation as a new row.';
	END IF;
	IF TG_OP = 'UPDATE' AND NEW.attributes IS NOT DISTINCT FROM OLD.attributes THEN
		RETURN NEW;
	END IF;
	SELECT a.key, a.value, k.scheme, k.code, @extschema@.criterion_attribute_type(k.operator, k.threshold_text) AS wanted
	INTO bad
	FROM pg_catalog.jsonb_each(NEW.attributes) a
		JOIN @extschema@.criterion k ON k.attribute = a.key
	WHERE pg_catalog.jsonb_typeof(a.value) NOT IN ('null', @extschema@.criterion_attribute_type(k.operator, k.threshold_text))
	ORDER BY a.key, k.scheme, k.code
	LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'product attribute "%" must be a JSON %', bad.key, bad.wanted
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('The model declares %s (a JSON %s); criterion %s of scheme %s reads it as a JSON %s.',
								  left(bad.value::text, 100), pg_catalog.jsonb_typeof(bad.value), bad.code, bad.scheme, bad.wanted),
				  HINT = 'Declare it as e.g. {"warranty_years": 3, "battery_replaceable": true}, or null when unknown.';
	END IF;
	RETURN NEW;
END
$function$;
COMMENT ON FUNCTION @extschema@.product_model_check() IS 'trigger of product_model: refuses an attribute whose JSON type is not the one the criteria reading it need, and a change of a model''s organisation other than to shared';
CREATE TRIGGER product_model_check BEFORE INSERT OR UPDATE OF organisation_id, attributes
	ON @extschema@.product_model FOR EACH ROW
	EXECUTE FUNCTION @extschema@.product_model_check();

-- the verdict the group-wide reports and refresh_benchmarks() use: that of
-- meets_criteria(), except that a model whose attributes are not of the
-- types the scheme reads (a row from before 0.3.0, or a criterion added
-- since) is not judged (NULL, counted as unknown) and a warning names it,
-- instead of an error that would stop the report for every organisation
CREATE FUNCTION @extschema@.criteria_verdict(model_id bigint, attributes jsonb, category text,
		scheme text, level text DEFAULT NULL)
	RETURNS boolean
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	-- on a Citus cluster (distribute()) a report of one organisation runs
	-- whole on its shard, this inside it; criterion is a reference table,
	-- which every node holds, so reading it there is safe
	SET citus.allow_nested_distributed_execution = on
AS $function$
DECLARE
	bad record;
BEGIN
	IF criteria_verdict.attributes IS NOT NULL AND jsonb_typeof(criteria_verdict.attributes) <> 'object' THEN
		RAISE WARNING 'product model % not judged: its attributes are not a JSON object', criteria_verdict.model_id;
		RETURN NULL;
	END IF;
	SELECT w.attribute, w.code, w.wanted, jsonb_typeof(criteria_verdict.attributes -> w.attribute) AS declared
	INTO bad
	FROM (SELECT DISTINCT ON (k.code) k.code, k.attribute, k.level,
				 @extschema@.criterion_attribute_type(k.operator, k.threshold_text) AS wanted
		  FROM @extschema@.criterion k
		  WHERE k.scheme = criteria_verdict.scheme AND k.category = criteria_verdict.category
		  ORDER BY k.code, k.shipped) w
	WHERE (criteria_verdict.level IS NULL OR w.level = criteria_verdict.level)
	  AND jsonb_typeof(criteria_verdict.attributes -> w.attribute) NOT IN ('null', w.wanted)
	ORDER BY w.code
	LIMIT 1;
	IF FOUND THEN
		RAISE WARNING 'product model % not judged against scheme %: attribute "%" is a JSON %, criterion % reads a JSON %',
			criteria_verdict.model_id, criteria_verdict.scheme, bad.attribute, bad.declared, bad.code, bad.wanted;
		RETURN NULL;
	END IF;
	RETURN @extschema@.meets_criteria(criteria_verdict.attributes, criteria_verdict.category,
									  criteria_verdict.scheme, criteria_verdict.level);
END
$function$;
COMMENT ON FUNCTION @extschema@.criteria_verdict(bigint, jsonb, text, text, text) IS 'meets_criteria() for the group-wide reports: NULL (not judged), with a warning naming the model, when an attribute is not of the JSON type the scheme''s criteria read';
