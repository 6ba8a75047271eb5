-- criteria: purchasing criteria of circularity schemes (ecodesign minimums,
-- ecolabels, national procurement criteria, a buyer group's own) and the
-- check of a product's declared attributes against them

CREATE TABLE @extschema@.criterion (
	scheme text NOT NULL CHECK (scheme <> ''),
	scheme_version text,
	category text NOT NULL CHECK (category <> ''),
	code text NOT NULL CHECK (code <> ''),
	description text NOT NULL,
	attribute text NOT NULL CHECK (attribute <> ''),
	operator text NOT NULL CHECK (operator IN ('>=', '<=', '=', 'is true')),
	threshold numeric CHECK (threshold NOT IN ('NaN', 'Infinity', '-Infinity')),
	threshold_text text,
	unit text,
	level text NOT NULL CHECK (level <> ''),
	source text NOT NULL,
	confidence text NOT NULL
		CHECK (confidence IN ('verified', 'secondary', 'derived', 'unverified')),
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (scheme, category, code, shipped),
	CONSTRAINT criterion_threshold_fits_operator CHECK (
		CASE operator
			WHEN 'is true' THEN threshold IS NULL AND threshold_text IS NULL
			WHEN '=' THEN (threshold IS NULL) <> (threshold_text IS NULL)
			ELSE threshold IS NOT NULL AND threshold_text IS NULL
		END)
);
COMMENT ON TABLE @extschema@.criterion IS
	'purchasing criteria per scheme and device category; shipped rows come with the extension, rows with shipped = false are the user''s and win over a shipped row of the same scheme, category and code';
COMMENT ON COLUMN @extschema@.criterion.scheme IS 'name of the criteria set, e.g. EU-Ecodesign, TCO-Certified-gen10, or a buyer group''s own';
COMMENT ON COLUMN @extschema@.criterion.scheme_version IS 'edition of the document the criteria come from, e.g. 2023/1670';
COMMENT ON COLUMN @extschema@.criterion.category IS 'device category (device_category.name, or a user''s own)';
COMMENT ON COLUMN @extschema@.criterion.code IS 'code of the criterion within its scheme and category';
COMMENT ON COLUMN @extschema@.criterion.description IS 'what the criterion requires, in words';
COMMENT ON COLUMN @extschema@.criterion.attribute IS 'key of the product attribute (in the attributes jsonb) the criterion tests';
COMMENT ON COLUMN @extschema@.criterion.operator IS '>=, <= or = (against threshold or threshold_text), or ''is true''';
COMMENT ON COLUMN @extschema@.criterion.threshold IS 'numeric threshold of >=, <= and numeric =';
COMMENT ON COLUMN @extschema@.criterion.threshold_text IS 'text value of a text =';
COMMENT ON COLUMN @extschema@.criterion.unit IS 'unit of the threshold and of the attribute, e.g. years after delivery';
COMMENT ON COLUMN @extschema@.criterion.level IS 'level of the criterion in its scheme, e.g. legal minimum, core, advanced, comprehensive, required';
COMMENT ON COLUMN @extschema@.criterion.source IS 'document or page the criterion was read in';
COMMENT ON COLUMN @extschema@.criterion.confidence IS 'verified (read in the source''s own text), secondary (read in a summary of it), derived, or unverified';
COMMENT ON COLUMN @extschema@.criterion.shipped IS 'true for the rows that come with the extension';

--@data src/data/criterion.csv shipped=true

SELECT pg_catalog.pg_extension_config_dump('@extschema@.criterion', 'WHERE NOT shipped');
GRANT SELECT ON @extschema@.criterion TO PUBLIC;

CREATE FUNCTION @extschema@.criteria_check(attributes jsonb, category text, scheme text, level text DEFAULT NULL)
	RETURNS TABLE (criterion text, attribute text, required text, actual text, passed boolean)
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $function$
DECLARE
	c record;
	declared jsonb;
	declared_type text;
	wanted_type text;
	found_any boolean := false;
BEGIN
	IF criteria_check.scheme IS NULL OR criteria_check.category IS NULL THEN
		RETURN;
	END IF;
	IF criteria_check.attributes IS NOT NULL
		AND jsonb_typeof(criteria_check.attributes) <> 'object' THEN
		RAISE EXCEPTION 'product attributes must be a JSON object'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('The attributes given are a JSON %s.',
								jsonb_typeof(criteria_check.attributes)),
				HINT = 'Declare them as e.g. {"warranty_years": 3, "battery_replaceable": true}.';
	END IF;

	FOR c IN
		SELECT w.code, w.attribute, w.operator, w.threshold, w.threshold_text,
			   CASE WHEN w.operator = 'is true' THEN 'is true'
					ELSE w.operator || ' ' || coalesce(w.threshold::text, w.threshold_text)
			   END || coalesce(' ' || w.unit, '') AS required
		  FROM (SELECT DISTINCT ON (k.code) k.*
				  FROM @extschema@.criterion AS k
				 WHERE k.scheme = criteria_check.scheme
				   AND k.category = criteria_check.category
				 ORDER BY k.code, k.shipped) AS w    -- a user's row (shipped = false) wins
		 WHERE criteria_check.level IS NULL OR w.level = criteria_check.level
		 ORDER BY w.code
	LOOP
		found_any := true;
		criterion := c.code;
		attribute := c.attribute;
		required := c.required;
		declared := criteria_check.attributes -> c.attribute;
		declared_type := jsonb_typeof(declared);
		IF declared IS NULL OR declared_type = 'null' THEN
			actual := NULL;
			passed := NULL;		-- not declared: unknown, not a pass
			RETURN NEXT;
			CONTINUE;
		END IF;
		wanted_type := CASE WHEN c.operator = 'is true' THEN 'boolean'
							WHEN c.threshold_text IS NOT NULL THEN 'string'
							ELSE 'number' END;
		IF declared_type <> wanted_type THEN
			RAISE EXCEPTION 'product attribute "%" must be a JSON %', c.attribute, wanted_type
				USING ERRCODE = 'invalid_parameter_value',
					DETAIL = format('The product declares %s (a JSON %s); criterion %s of scheme %s requires %s.',
									declared, declared_type, c.code, criteria_check.scheme, c.required);
		END IF;
		actual := declared #>> '{}';
		passed := CASE c.operator
					  WHEN '>=' THEN declared::numeric >= c.threshold
					  WHEN '<=' THEN declared::numeric <= c.threshold
					  WHEN 'is true' THEN declared::boolean
					  ELSE CASE WHEN c.threshold IS NOT NULL THEN declared::numeric = c.threshold
								ELSE actual = c.threshold_text END
				  END;
		RETURN NEXT;
	END LOOP;

	IF found_any THEN
		RETURN;
	END IF;
	-- nothing applies: say why if an argument is wrong, else no rows
	IF NOT EXISTS (SELECT 1 FROM @extschema@.criterion AS k
					WHERE k.scheme = criteria_check.scheme) THEN
		RAISE EXCEPTION 'unknown purchasing criteria scheme "%"', criteria_check.scheme
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'No row of circular_ict.criterion has that scheme.',
				HINT = format('Known schemes: %s.',
							  (SELECT string_agg(DISTINCT k.scheme, ', ' ORDER BY k.scheme)
								 FROM @extschema@.criterion AS k));
	END IF;
	IF NOT EXISTS (SELECT 1 FROM @extschema@.device_category AS d
					WHERE d.name = criteria_check.category)
		AND NOT EXISTS (SELECT 1 FROM @extschema@.criterion AS k
						 WHERE k.category = criteria_check.category) THEN
		RAISE EXCEPTION 'unknown device category "%"', criteria_check.category
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'Neither circular_ict.device_category nor circular_ict.criterion has that category.',
				HINT = format('The categories are %s.',
							  (SELECT string_agg(DISTINCT d.name, ', ' ORDER BY d.name)
								 FROM @extschema@.device_category AS d));
	END IF;
	IF criteria_check.level IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM @extschema@.criterion AS k
						 WHERE k.scheme = criteria_check.scheme
						   AND k.level = criteria_check.level) THEN
		RAISE EXCEPTION 'unknown level "%" of scheme "%"', criteria_check.level, criteria_check.scheme
			USING ERRCODE = 'invalid_parameter_value',
				HINT = format('The levels of %s are %s, or NULL for all of them.', criteria_check.scheme,
							  (SELECT string_agg(DISTINCT k.level, ', ' ORDER BY k.level)
								 FROM @extschema@.criterion AS k
								WHERE k.scheme = criteria_check.scheme));
	END IF;
END
$function$;
COMMENT ON FUNCTION @extschema@.criteria_check(jsonb, text, text, text) IS
	'one row per criterion of a scheme for a device category (and level, NULL for all): what is required, what the product declares, and whether it passes (NULL when not declared)';

CREATE FUNCTION @extschema@.meets_criteria(attributes jsonb, category text, scheme text, level text DEFAULT NULL)
	RETURNS boolean
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $function$
	SELECT CASE WHEN count(*) = 0 THEN NULL          -- no criterion applies
				WHEN bool_or(NOT c.passed) THEN false    -- one failed
				WHEN count(c.passed) < count(*) THEN NULL  -- one unknown
				ELSE true END
	  FROM @extschema@.criteria_check(attributes, category, scheme, level) AS c
$function$;
COMMENT ON FUNCTION @extschema@.meets_criteria(jsonb, text, text, text) IS
	'true if the product passes every criterion of the scheme for its category (and level), false if it fails one, NULL if one is undeclared or none applies';
