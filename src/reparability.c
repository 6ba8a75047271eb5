/*
 * src/reparability.c
 *		The reparability index and class of smartphones and slate tablets
 *		on the EU energy label (Commission Delegated Regulation (EU)
 *		2023/1669):
 *			R = 0.25 S_DD + 0.15 (S_F + S_T + S_SP + S_SU + S_RI)
 *		each parameter score within [1, 5], so R is within [1, 5]; classes
 *		A (R >= 4.00), B (>= 3.35), C (>= 2.55), D (>= 1.75), E (>= 1.00).
 *
 * In exact numeric arithmetic: the weights are decimal, and a class
 * boundary must not move by a binary rounding.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "compat.h"

PG_FUNCTION_INFO_V1(reparability_index);
PG_FUNCTION_INFO_V1(reparability_class);

/* A numeric constant from its decimal text */
static Numeric
numeric_constant(const char *text)
{
	return DatumGetNumeric(DirectFunctionCall3(numeric_in,
											   CStringGetDatum(text),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

/* a < b for numerics that are not NaN */
static bool
numeric_less(Numeric a, Numeric b)
{
	return DatumGetBool(DirectFunctionCall2(numeric_lt, NumericGetDatum(a),
											NumericGetDatum(b)));
}

/* A numeric's text, for messages */
static char *
numeric_text(Numeric value)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out,
											   NumericGetDatum(value)));
}

/* True if value is a number within [1, 5] (NaN is not) */
static bool
within_one_to_five(Numeric value)
{
	return !numeric_is_nan(value) &&
		!numeric_less(value, numeric_constant("1")) &&
		!numeric_less(numeric_constant("5"), value);
}

/* Rejects a parameter score outside [1, 5], naming the parameter */
static Numeric
checked_score(FunctionCallInfo fcinfo, int argno, const char *parameter)
{
	Numeric		score = PG_GETARG_NUMERIC(argno);

	if (!within_one_to_five(score))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reparability parameter score out of range"),
				 errdetail("%s is %s; each parameter score must be between 1 and 5.",
						   parameter, numeric_text(score))));
	return score;
}

/* a + b */
static Numeric
add(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/* a * b, exact */
static Numeric
mul(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/*
 * reparability_index(disassembly_depth, fasteners, tools, spare_parts,
 * software_updates, repair_information): R rounded half away from zero
 * to 2 decimals
 */
Datum
reparability_index(PG_FUNCTION_ARGS)
{
	Numeric		disassembly_depth = checked_score(fcinfo, 0, "disassembly_depth");
	Numeric		fasteners = checked_score(fcinfo, 1, "fasteners");
	Numeric		tools = checked_score(fcinfo, 2, "tools");
	Numeric		spare_parts = checked_score(fcinfo, 3, "spare_parts");
	Numeric		software_updates = checked_score(fcinfo, 4, "software_updates");
	Numeric		repair_information = checked_score(fcinfo, 5, "repair_information");
	Numeric		others;
	Numeric		r;

	others = add(add(add(add(fasteners, tools), spare_parts), software_updates),
				 repair_information);
	r = add(mul(numeric_constant("0.25"), disassembly_depth),
			mul(numeric_constant("0.15"), others));
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_round, NumericGetDatum(r),
										Int32GetDatum(2)));
}

/*
 * reparability_class(R): the label class 'A' to 'E' of an index, compared
 * exactly with the boundaries (3.999 is B)
 */
Datum
reparability_class(PG_FUNCTION_ARGS)
{
	static const struct
	{
		const char *lower_bound;
		const char *class;
	}			classes[] = {
		{"4.00", "A"}, {"3.35", "B"}, {"2.55", "C"}, {"1.75", "D"}, {"1.00", "E"}
	};
	Numeric		r = PG_GETARG_NUMERIC(0);
	size_t		i;

	if (!within_one_to_five(r))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reparability index out of range"),
				 errdetail("The index is %s; it must be between 1 and 5.",
						   numeric_text(r))));
	for (i = 0; i < lengthof(classes); i++)
		if (!numeric_less(r, numeric_constant(classes[i].lower_bound)))
			break;
	Assert(i < lengthof(classes));
	PG_RETURN_TEXT_P(cstring_to_text(classes[i].class));
}
