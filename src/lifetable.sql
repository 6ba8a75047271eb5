-- lifespans: the lifetable type (observed lives, retired or still in
-- service, with delayed entry), its aggregates, the Weibull fit and the
-- Kaplan-Meier curve

CREATE TYPE @extschema@.lifetable;

CREATE FUNCTION @extschema@.lifetable_in(cstring) RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_in(cstring) IS
	'text input of lifetable: exact{age[+][@entry], ...} or histogram{index:retired/censored/entered, ...}';

CREATE FUNCTION @extschema@.lifetable_out(@extschema@.lifetable) RETURNS cstring
	AS 'MODULE_PATHNAME', 'lifetable_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_out(@extschema@.lifetable) IS
	'text output of lifetable: sorted exact observations or the non-empty histogram bins';

CREATE FUNCTION @extschema@.lifetable_recv(internal) RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_recv(internal) IS
	'binary input of lifetable, checked as text input is';

CREATE FUNCTION @extschema@.lifetable_send(@extschema@.lifetable) RETURNS bytea
	AS 'MODULE_PATHNAME', 'lifetable_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_send(@extschema@.lifetable) IS
	'binary output of lifetable';

CREATE TYPE @extschema@.lifetable (
	INTERNALLENGTH = VARIABLE,
	INPUT = @extschema@.lifetable_in,
	OUTPUT = @extschema@.lifetable_out,
	RECEIVE = @extschema@.lifetable_recv,
	SEND = @extschema@.lifetable_send,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.lifetable IS
	'observed service lives (retired or still in service, with entry ages): exact up to 3800 lives, then a histogram on a day / 14-day / 30-day age grid; at most 64 kB';

CREATE FUNCTION @extschema@.lifetable_add(lt @extschema@.lifetable, age float8, retired boolean)
	RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_add(@extschema@.lifetable, float8, boolean) IS
	'the lifetable with one more life: age in years, retired (true) or still in service (false), entered at age 0';

CREATE FUNCTION @extschema@.lifetable_add(lt @extschema@.lifetable, age float8, retired boolean, entry_age float8)
	RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_add(@extschema@.lifetable, float8, boolean, float8) IS
	'the lifetable with one more life: age in years, retired or still in service, entered the register at entry_age';

CREATE FUNCTION @extschema@.lifetable_add(lt @extschema@.lifetable, age float8, retired boolean, entry_age float8,
		lives bigint)
	RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_add(@extschema@.lifetable, float8, boolean, float8, bigint) IS
	'the lifetable with lives more identical lives (0 or more): age in years, retired or still in service, entered the register at entry_age';

CREATE FUNCTION @extschema@.lifetable_combine(@extschema@.lifetable, @extschema@.lifetable)
	RETURNS @extschema@.lifetable
	AS 'MODULE_PATHNAME', 'lifetable_combine'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lifetable_combine(@extschema@.lifetable, @extschema@.lifetable) IS
	'the lives of both lifetables (exact when both are exact and hold 3800 lives or fewer together)';

CREATE AGGREGATE @extschema@.lifetable(age float8, retired boolean) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.lifetable(float8, boolean) IS
	'collects service lives: age in years, retired (true) or still in service at that age (false); rows with a NULL are skipped';

CREATE AGGREGATE @extschema@.lifetable(age float8, retired boolean, entry_age float8) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.lifetable(float8, boolean, float8) IS
	'collects service lives with delayed entry: entry_age is the age at which the asset entered the register; rows with a NULL are skipped';

CREATE AGGREGATE @extschema@.lifetable(age float8, retired boolean, entry_age float8, lives bigint) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.lifetable(float8, boolean, float8, bigint) IS
	'collects service lives with delayed entry, each row standing for lives identical lives (a register line of quantity q: the same lifetable as q rows); rows with a NULL are skipped';

CREATE FUNCTION @extschema@.lives(@extschema@.lifetable) RETURNS bigint
	AS 'MODULE_PATHNAME', 'lifetable_lives'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lives(@extschema@.lifetable) IS
	'number of lives (retired or still in service) in the lifetable';

CREATE FUNCTION @extschema@.retirements(@extschema@.lifetable) RETURNS bigint
	AS 'MODULE_PATHNAME', 'lifetable_retirements'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retirements(@extschema@.lifetable) IS
	'number of lives in the lifetable that ended in retirement';

CREATE FUNCTION @extschema@.is_exact(@extschema@.lifetable) RETURNS boolean
	AS 'MODULE_PATHNAME', 'lifetable_is_exact'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_exact(@extschema@.lifetable) IS
	'true while the lifetable keeps its lives exactly, false once it counts them on the age grid';

CREATE FUNCTION @extschema@.weibull_fit(@extschema@.lifetable) RETURNS @extschema@.weibull
	AS 'MODULE_PATHNAME', 'lifetable_weibull_fit'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull_fit(@extschema@.lifetable) IS
	'maximum-likelihood Weibull with right censoring and delayed entry; NULL with a NOTICE without retirements or with fewer than two distinct retirement ages';

CREATE FUNCTION @extschema@.weibull_fit(@extschema@.lifetable, notice boolean) RETURNS @extschema@.weibull
	AS 'MODULE_PATHNAME', 'lifetable_weibull_fit'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weibull_fit(@extschema@.lifetable, boolean) IS
	'weibull_fit(lifetable), with the NOTICE about a lifetable that cannot be fitted only when notice is true (reports fitting many groups pass false)';

CREATE AGGREGATE @extschema@.weibull_fit(age float8, retired boolean) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	FINALFUNC = @extschema@.weibull_fit,
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weibull_fit(float8, boolean) IS
	'maximum-likelihood Weibull of service lives: weibull_fit(lifetable(age, retired))';

CREATE AGGREGATE @extschema@.weibull_fit(age float8, retired boolean, entry_age float8) (
	SFUNC = @extschema@.lifetable_add,
	STYPE = @extschema@.lifetable,
	SSPACE = 8192,
	INITCOND = 'exact{}',
	FINALFUNC = @extschema@.weibull_fit,
	COMBINEFUNC = @extschema@.lifetable_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weibull_fit(float8, boolean, float8) IS
	'maximum-likelihood Weibull of service lives with delayed entry: weibull_fit(lifetable(age, retired, entry_age))';

CREATE FUNCTION @extschema@.kaplan_meier(@extschema@.lifetable)
	RETURNS TABLE (age float8, at_risk float8, retired float8, censored float8,
				   survival float8, ci_lower float8, ci_upper float8)
	AS 'MODULE_PATHNAME', 'lifetable_kaplan_meier'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.kaplan_meier(@extschema@.lifetable) IS
	'Kaplan-Meier survival curve: per age at which lives retired or were censored, the number at risk, survival and Greenwood 95 % bounds (log-log)';

CREATE FUNCTION @extschema@.km_median(@extschema@.lifetable) RETURNS float8
	AS 'MODULE_PATHNAME', 'lifetable_km_median'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.km_median(@extschema@.lifetable) IS
	'the first age at which the Kaplan-Meier survival is 0.5 or less; NULL if it never is';
