-- Hostile input, one case of each kind with its exact outcome.  The sweep of
-- every function, aggregate, operator and cast over NULLs, extreme floats,
-- malformed arrays and jsonb, 1 MB strings and out-of-range dates is
-- test/checks/hostile_calls; this file pins what that sweep found and the
-- cases whose answer matters beyond "no crash".
SET search_path = circular_ict, public;

-- SQLSTATE and the start of the message (or of the answer) of a statement
-- whose error text would repeat a megabyte of input
CREATE FUNCTION pg_temp.outcome(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	EXECUTE query INTO r;
	RETURN 'ok: ' || coalesce(left(r, 60), 'NULL');
EXCEPTION WHEN OTHERS THEN
	RETURN sqlstate || ': ' || left(sqlerrm, 70);
END
$$;

-- retirement_forecast materializes its rows: the number of years is bounded
-- (2147483647 years looped for ever, beyond the reach of a cancel, filling
-- temporary files)
SELECT count(*) FROM retirement_forecast(weibull(2, 5), 1, 1000);
SELECT * FROM retirement_forecast(weibull(2, 5), 1, 1001);
SELECT * FROM retirement_forecast(weibull(2, 5), 1, 2147483647);

-- an age of -0 is the age 0: h(0) is +Infinity when the shape is below 1
-- (README), never -Infinity, and 0 (not -0) when it is above 1
SELECT hazard(weibull(1e-17, 1), '-0') AS h_shape_tiny, pdf(weibull(1e-17, 1), '-0') AS f_shape_tiny,
	   hazard(weibull(2, 5), '-0')::text AS h_shape_2, survival(weibull(2, 5), '-0') AS s;

RESET search_path;
