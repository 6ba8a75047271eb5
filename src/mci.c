/*
 * src/mci.c
 *		Material Circularity Indicator (Ellen MacArthur Foundation / Granta,
 *		2015 method with the 2019 terms) from material_flows: the Linear
 *		Flow Index, the utility factor, the product MCI and the weighted
 *		company-level mean.
 *
 *		LFI  = (V + W0 + (W_F + W_C) / 2) / (2M + (W_F - W_C) / 2)
 *		X    = (L / L_av) (U / U_av)
 *		MCI  = max(0, 1 - LFI * 0.9 / X)
 *		MCI_C = sum(w MCI) / sum(w)
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "nodes/makefuncs.h"
#include "nodes/supportnodes.h"
#include "parser/parse_func.h"
#include "utils/array.h"
#include "utils/lsyscache.h"

#include "array_data.h"
#include "compat.h"
#include "material_flows.h"

/* The constant a of the utility function F(X) = a / X */
#define MCI_UTILITY_CONSTANT 0.9

/* Above this, 2M or W_F / 2 could overflow: LFI is computed scaled */
#define LFI_SCALE_LIMIT 0x1p1000

PG_FUNCTION_INFO_V1(material_flows_lfi);
PG_FUNCTION_INFO_V1(mci_utility);
PG_FUNCTION_INFO_V1(material_flows_mci);
PG_FUNCTION_INFO_V1(mci_of_fractions);
PG_FUNCTION_INFO_V1(mci_support);
PG_FUNCTION_INFO_V1(mci_weighted_accum);
PG_FUNCTION_INFO_V1(mci_weighted_combine);
PG_FUNCTION_INFO_V1(mci_weighted_final);

/*
 * The Linear Flow Index of valid flows, with the full denominator
 * 2M + (W_F - W_C)/2 (the method's; 2M alone lets LFI leave [0, 1]).
 * The checks every value passes (V <= M, W0 + W_C <= M) keep it in [0, 1]
 * up to the rounding of long sums, which the final clamp removes.
 */
static double
linear_flow_index(const MaterialFlows *flows)
{
	double		m = flows->mass;
	double		v = flows->virgin;
	double		w0 = flows->waste;
	double		wf = flows->feedstock_loss;
	double		wc = flows->recycling_loss;
	double		lfi;

	/* scaling by a power of two is exact; only huge values need it */
	if (m > LFI_SCALE_LIMIT || wf > LFI_SCALE_LIMIT)
	{
		int			exponent;

		frexp(fmax(m, wf), &exponent);
		m = ldexp(m, -exponent);
		v = ldexp(v, -exponent);
		w0 = ldexp(w0, -exponent);
		wf = ldexp(wf, -exponent);
		wc = ldexp(wc, -exponent);
	}
	lfi = (v + w0 + (wf + wc) / 2) / (2 * m + (wf - wc) / 2);
	return fmin(lfi, 1.0);
}

/* Rejects a utility factor that is not a positive finite number */
static void
check_utility(double utility)
{
	if (!(utility > 0 && !isinf(utility)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid utility for mci"),
				 errdetail("utility is %s; it must be a finite number greater than 0.",
						   float8_message_text(utility)),
				 errhint("utility(lifetime, lifetime_avg, use, use_avg) computes it.")));
}

/*
 * lfi(material_flows): the Linear Flow Index, 0 (restorative) to 1 (linear)
 */
Datum
material_flows_lfi(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(linear_flow_index(PG_GETARG_MATERIAL_FLOWS_P(0)));
}

/* Rejects a utility argument that is not a positive finite number */
static void
check_utility_argument(const char *argument, double value)
{
	if (!(value > 0 && !isinf(value)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid argument for utility"),
				 errdetail("%s is %s; it must be a finite number greater than 0.",
						   argument, float8_message_text(value))));
}

/*
 * The utility factor X = (L / L_av)(U / U_av); an error names a
 * non-positive argument
 */
double
mci_utility_factor(float8 lifetime, float8 lifetime_avg, float8 use,
				   float8 use_avg)
{
	double		result;

	check_utility_argument("lifetime", lifetime);
	check_utility_argument("lifetime_avg", lifetime_avg);
	check_utility_argument("use", use);
	check_utility_argument("use_avg", use_avg);
	result = (lifetime / lifetime_avg) * (use / use_avg);
	/* a ratio that over- or underflowed on its own: 0 * Infinity is NaN */
	if (isnan(result) || result == 0 || isinf(result))
		result = exp(log(lifetime) - log(lifetime_avg) + log(use) - log(use_avg));
	if (result == 0 || isinf(result))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("utility out of range"),
				 errdetail("(lifetime / lifetime_avg) * (use / use_avg) %s.",
						   result == 0 ? "is too small for double precision"
						   : "exceeds the range of double precision")));
	return result;
}

/*
 * utility(lifetime, lifetime_avg, use, use_avg): X = (L / L_av)(U / U_av)
 */
Datum
mci_utility(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(mci_utility_factor(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
										PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3)));
}

/*
 * MCI = max(0, 1 - LFI * 0.9 / X) of valid flows; an error for a utility
 * that is not a positive finite number
 */
double
mci_of_flows(const MaterialFlows *flows, float8 utility)
{
	double		lfi;

	check_utility(utility);
	lfi = linear_flow_index(flows);
	/* fully restorative whatever the utility (and no 0 * Infinity) */
	if (lfi == 0)
		return 1.0;
	return fmax(0, 1 - lfi * (MCI_UTILITY_CONSTANT / utility));
}

/*
 * mci(material_flows, utility): max(0, 1 - LFI * 0.9 / X)
 */
Datum
material_flows_mci(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(mci_of_flows(PG_GETARG_MATERIAL_FLOWS_P(0),
								  PG_GETARG_FLOAT8(1)));
}

/*
 * mci_of_fractions(the constructor's 10 arguments, utility) and
 * mci_of_fractions(the constructor's 10 arguments, lifetime, lifetime_avg,
 * use, use_avg): what mci(material_flows(...), utility) and
 * mci(material_flows(...), utility(...)) compute, without building the
 * flows value.  The planner puts it in their place (mci_support).  Not
 * strict: NULLs and errors come as in the nested calls, the constructor's
 * checks first, then utility()'s, then mci()'s.
 */
Datum
mci_of_fractions(PG_FUNCTION_ARGS)
{
	int			nargs = PG_NARGS();
	float8		arguments[MATERIAL_FLOWS_ARGUMENTS];
	bool		flows_null = false;
	bool		utility_null = false;
	MaterialFlows flows;
	float8		utility = 0;
	int			i;

	if (nargs != MATERIAL_FLOWS_ARGUMENTS + 1 && nargs != MATERIAL_FLOWS_ARGUMENTS + 4)
		elog(ERROR, "mci_of_fractions called with %d arguments", nargs);
	for (i = 0; i < MATERIAL_FLOWS_ARGUMENTS; i++)
	{
		if (PG_ARGISNULL(i))
			flows_null = true;
		else
			arguments[i] = PG_GETARG_FLOAT8(i);
	}
	for (i = MATERIAL_FLOWS_ARGUMENTS; i < nargs; i++)
		if (PG_ARGISNULL(i))
			utility_null = true;

	if (!flows_null)
		material_flows_from_fractions(arguments, &flows);
	if (!utility_null)
		utility = nargs == MATERIAL_FLOWS_ARGUMENTS + 1 ?
			PG_GETARG_FLOAT8(MATERIAL_FLOWS_ARGUMENTS) :
			mci_utility_factor(PG_GETARG_FLOAT8(MATERIAL_FLOWS_ARGUMENTS),
							   PG_GETARG_FLOAT8(MATERIAL_FLOWS_ARGUMENTS + 1),
							   PG_GETARG_FLOAT8(MATERIAL_FLOWS_ARGUMENTS + 2),
							   PG_GETARG_FLOAT8(MATERIAL_FLOWS_ARGUMENTS + 3));
	if (flows_null || utility_null)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(mci_of_flows(&flows, utility));
}

/* True if funcid is the C function whose address is function */
static bool
is_c_function(Oid funcid, PGFunction function)
{
	FmgrInfo	info;

	fmgr_info(funcid, &info);
	return info.fn_addr == function;
}

/*
 * True for an argument whose evaluation cannot fail (a column, a constant,
 * a parameter of the statement), so evaluating it earlier than before
 * changes nothing
 */
static bool
evaluates_safely(Node *node)
{
	return IsA(node, Var) || IsA(node, Const) ||
		(IsA(node, Param) && ((Param *) node)->paramkind == PARAM_EXTERN);
}

/*
 * Planner support of mci(): replaces mci(material_flows(...), utility(...))
 * and mci(material_flows(...), x) by one call of mci_of_fractions, which
 * needs no flows value (no allocation) and two function calls fewer per
 * row.  Only when the moved-up arguments evaluate safely, so that errors
 * and NULLs stay exactly those of the nested calls.
 */
Datum
mci_support(PG_FUNCTION_ARGS)
{
	Node	   *request = (Node *) PG_GETARG_POINTER(0);
	FuncExpr   *call;
	Node	   *flows;
	Node	   *utility;
	List	   *arguments;
	Oid			argument_types[MATERIAL_FLOWS_ARGUMENTS + 4];
	Oid			fused;
	FuncExpr   *result;
	ListCell   *cell;
	int			i;

	if (!IsA(request, SupportRequestSimplify))
		PG_RETURN_POINTER(NULL);
	call = ((SupportRequestSimplify *) request)->fcall;
	if (list_length(call->args) != 2)
		PG_RETURN_POINTER(NULL);
	flows = linitial(call->args);
	utility = lsecond(call->args);
	if (!IsA(flows, FuncExpr) ||
		list_length(((FuncExpr *) flows)->args) != MATERIAL_FLOWS_ARGUMENTS ||
		!is_c_function(((FuncExpr *) flows)->funcid, material_flows_make))
		PG_RETURN_POINTER(NULL);

	arguments = list_copy(((FuncExpr *) flows)->args);
	if (IsA(utility, FuncExpr) &&
		list_length(((FuncExpr *) utility)->args) == 4 &&
		is_c_function(((FuncExpr *) utility)->funcid, mci_utility))
	{
		foreach(cell, ((FuncExpr *) utility)->args)
		{
			if (!evaluates_safely(lfirst(cell)))
				PG_RETURN_POINTER(NULL);
			arguments = lappend(arguments, lfirst(cell));
		}
	}
	else if (evaluates_safely(utility))
		arguments = lappend(arguments, utility);
	else
		PG_RETURN_POINTER(NULL);

	/* mci_of_fractions of the same schema as mci */
	for (i = 0; i < list_length(arguments); i++)
		argument_types[i] = FLOAT8OID;
	fused = LookupFuncName(list_make2(makeString(get_namespace_name(get_func_namespace(call->funcid))),
									  makeString("mci_of_fractions")),
						   list_length(arguments), argument_types, true);
	if (!OidIsValid(fused))
		PG_RETURN_POINTER(NULL);
	result = makeFuncExpr(fused, FLOAT8OID, arguments, InvalidOid, InvalidOid,
						  COERCE_EXPLICIT_CALL);
	result->location = call->location;
	PG_RETURN_POINTER(result);
}

/*
 * The two sums of an mci_weighted state, float8[2] = {sum(w), sum(w mci)};
 * the array is checked since the support functions can be called directly
 */
static float8 *
weighted_state_values(ArrayType *state)
{
	if (ARR_NDIM(state) != 1 || ARR_DIMS(state)[0] != 2 ||
		ARR_HASNULL(state) || ARR_ELEMTYPE(state) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid mci_weighted state"),
				 errdetail("The state must be a float8[] of two elements without NULLs.")));
	return (float8 *) array_data(state);
}

/* Errors for sums of weights beyond double precision */
static void
check_weighted_sums(const float8 *sums)
{
	if (isinf(sums[0]) || isinf(sums[1]))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("mci_weighted out of range"),
				 errdetail("The sum of the weights exceeds the range of double precision.")));
}

/*
 * Transition function of mci_weighted(mci, weight): adds w and w * mci;
 * in place when called by the aggregate, on a copy otherwise
 */
Datum
mci_weighted_accum(PG_FUNCTION_ARGS)
{
	ArrayType  *state = AggCheckCallContext(fcinfo, NULL) ?
		PG_GETARG_ARRAYTYPE_P(0) : PG_GETARG_ARRAYTYPE_P_COPY(0);
	float8		mci = PG_GETARG_FLOAT8(1);
	float8		weight = PG_GETARG_FLOAT8(2);
	float8	   *sums = weighted_state_values(state);

	if (!(mci >= 0 && mci <= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid mci for mci_weighted"),
				 errdetail("mci is %s; a Material Circularity Indicator is between 0 and 1.",
						   float8_message_text(mci))));
	if (!(weight >= 0 && !isinf(weight)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid weight for mci_weighted"),
				 errdetail("weight is %s; it must be a finite number of at least 0.",
						   float8_message_text(weight))));
	sums[0] += weight;
	sums[1] += weight * mci;
	check_weighted_sums(sums);
	PG_RETURN_ARRAYTYPE_P(state);
}

/*
 * Combine function of mci_weighted: adds the second state's sums into the
 * first (in place when called by the aggregate)
 */
Datum
mci_weighted_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *state = AggCheckCallContext(fcinfo, NULL) ?
		PG_GETARG_ARRAYTYPE_P(0) : PG_GETARG_ARRAYTYPE_P_COPY(0);
	float8	   *sums = weighted_state_values(state);
	const float8 *other = weighted_state_values(PG_GETARG_ARRAYTYPE_P(1));

	if (!(other[0] >= 0 && other[1] >= 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid mci_weighted state"),
				 errdetail("The sums of a state are never negative or NaN.")));
	sums[0] += other[0];
	sums[1] += other[1];
	check_weighted_sums(sums);
	PG_RETURN_ARRAYTYPE_P(state);
}

/*
 * Final function of mci_weighted: sum(w mci) / sum(w), NULL when the
 * weights sum to 0 (no rows, or only rows of weight 0)
 */
Datum
mci_weighted_final(PG_FUNCTION_ARGS)
{
	const float8 *sums = weighted_state_values(PG_GETARG_ARRAYTYPE_P(0));

	if (sums[0] == 0)
		PG_RETURN_NULL();
	if (!(sums[0] > 0 && sums[1] >= 0 && sums[1] <= sums[0]))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid mci_weighted state"),
				 errdetail("sum(w * mci) must be between 0 and sum(w).")));
	PG_RETURN_FLOAT8(sums[1] / sums[0]);
}
