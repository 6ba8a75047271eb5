/*
 * src/material_flows.c
 *		The material_flows type: text and binary I/O, the constructor from
 *		the method's fractions, equality, + and the sum aggregate.
 *
 * The flows are those of the Material Circularity Indicator (Ellen
 * MacArthur Foundation / Granta, 2015 method with the 2019 terms):
 *		V   = M (1 - F_R - F_U - F_S)
 *		W0  = M (1 - C_R - C_U - C_C - C_E)
 *		W_C = M (1 - E_C) C_R
 *		W_F = M (1 - E_F) F_R / E_F		(0 when F_R = 0, whatever E_F)
 * They add across components and products; lfi() and mci() work on sums.
 */
#include "postgres.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "compat.h"
#include "material_flows.h"

/* How far a sum of fractions may exceed 1: rounding of the caller's sums */
#define FRACTION_SUM_TOLERANCE 1e-12

PG_FUNCTION_INFO_V1(material_flows_in);
PG_FUNCTION_INFO_V1(material_flows_out);
PG_FUNCTION_INFO_V1(material_flows_recv);
PG_FUNCTION_INFO_V1(material_flows_send);
PG_FUNCTION_INFO_V1(material_flows_make);
PG_FUNCTION_INFO_V1(material_flows_eq);
PG_FUNCTION_INFO_V1(material_flows_ne);
PG_FUNCTION_INFO_V1(material_flows_add);
PG_FUNCTION_INFO_V1(material_flows_accum);

/* The SQLSTATE of an error found by the parser or the checks */
static int
error_sqlstate(ScanErrorKind kind)
{
	switch (kind)
	{
		case SCAN_SYNTAX:
		case SCAN_INVALID_VALUE:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
		case SCAN_OUT_OF_RANGE:
			return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		case SCAN_INCONSISTENT:
		case SCAN_OK:
			break;
	}
	return ERRCODE_INVALID_PARAMETER_VALUE;
}

/*
 * Text input; bad input is a soft error (pg_input_is_valid) on 16 and later
 */
Datum
material_flows_in(PG_FUNCTION_ARGS)
{
	char	   *text = PG_GETARG_CSTRING(0);
	MaterialFlows *result = palloc(sizeof(MaterialFlows));
	ScanError	error;

	if (!material_flows_parse(text, result, &error))
		ereturn(fcinfo->context, (Datum) 0,
				(errcode(error_sqlstate(error.kind)),
				 errmsg("%s: \"%s\"", error.message, text),
				 errdetail_internal("%s", error.detail),
				 error.hint[0] ? errhint("%s", error.hint) : 0));
	PG_RETURN_MATERIAL_FLOWS_P(result);
}

/* A flow as the output writes it: the shortest decimal that reads back equal, palloc'd */
static char *
flow_text(double value)
{
	char	   *buf = palloc(DOUBLE_SHORTEST_DECIMAL_LEN);

	double_to_shortest_decimal_buf(value, buf);
	return buf;
}

/*
 * Text output: every flow named, shortest decimals that read back equal
 */
Datum
material_flows_out(PG_FUNCTION_ARGS)
{
	MaterialFlows *flows = PG_GETARG_MATERIAL_FLOWS_P(0);

	PG_RETURN_CSTRING(psprintf("(mass=%s, virgin=%s, waste=%s, feedstock_loss=%s, recycling_loss=%s)",
							   flow_text(flows->mass),
							   flow_text(flows->virgin),
							   flow_text(flows->waste),
							   flow_text(flows->feedstock_loss),
							   flow_text(flows->recycling_loss)));
}

/*
 * Binary input: five float8 in the text form's order, checked as text is
 */
Datum
material_flows_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	MaterialFlows *result = palloc(sizeof(MaterialFlows));
	ScanError	error;

	result->mass = pq_getmsgfloat8(buf);
	result->virgin = pq_getmsgfloat8(buf);
	result->waste = pq_getmsgfloat8(buf);
	result->feedstock_loss = pq_getmsgfloat8(buf);
	result->recycling_loss = pq_getmsgfloat8(buf);
	material_flows_normalize(result);
	if (!material_flows_check(result, &error))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external material_flows value"),
				 errdetail_internal("%s", error.detail)));
	PG_RETURN_MATERIAL_FLOWS_P(result);
}

/*
 * Binary output
 */
Datum
material_flows_send(PG_FUNCTION_ARGS)
{
	MaterialFlows *flows = PG_GETARG_MATERIAL_FLOWS_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendfloat8(&buf, flows->mass);
	pq_sendfloat8(&buf, flows->virgin);
	pq_sendfloat8(&buf, flows->waste);
	pq_sendfloat8(&buf, flows->feedstock_loss);
	pq_sendfloat8(&buf, flows->recycling_loss);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Rejects a fraction argument that is not a number within [0, 1] */
static void
check_fraction(const char *argument, double value)
{
	if (!(value >= 0 && value <= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid fraction for material_flows"),
				 errdetail("%s is %s; it must be between 0 and 1.",
						   argument, float8_message_text(value))));
}

/* Rejects fractions of one stream that together exceed the whole */
static void
check_fraction_sum(double sum, const char *arguments, const char *stream)
{
	if (sum > 1 + FRACTION_SUM_TOLERANCE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s fractions of material_flows sum above 1", stream),
				 errdetail("%s is %s; the fractions can sum to at most 1.",
						   arguments, float8_message_text(sum))));
}

/*
 * The flows of a product from its mass and the method's fractions F_R, F_U,
 * C_R, C_U, E_F, E_C, F_S, C_C, C_E, given in the order of the SQL
 * constructor's arguments (MATERIAL_FLOWS_ARGUMENTS of them); an error
 * names the offending argument
 */
void
material_flows_from_fractions(const float8 *arguments, MaterialFlows *result)
{
	float8		mass = arguments[0];
	float8		recycled_in = arguments[1];
	float8		reused_in = arguments[2];
	float8		recycled_out = arguments[3];
	float8		reused_out = arguments[4];
	float8		efficiency_in = arguments[5];
	float8		efficiency_out = arguments[6];
	float8		biological_in = arguments[7];
	float8		composted_out = arguments[8];
	float8		energy_out = arguments[9];
	float8		share_in;
	float8		share_out;

	if (!(mass > 0 && !isinf(mass)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid mass for material_flows"),
				 errdetail("mass is %s; it must be a finite number greater than 0.",
						   float8_message_text(mass))));
	check_fraction("recycled_in", recycled_in);
	check_fraction("reused_in", reused_in);
	check_fraction("recycled_out", recycled_out);
	check_fraction("reused_out", reused_out);
	check_fraction("efficiency_in", efficiency_in);
	check_fraction("efficiency_out", efficiency_out);
	check_fraction("biological_in", biological_in);
	check_fraction("composted_out", composted_out);
	check_fraction("energy_out", energy_out);

	share_in = recycled_in + reused_in + biological_in;
	check_fraction_sum(share_in, "recycled_in + reused_in + biological_in",
					   "feedstock");
	share_out = recycled_out + reused_out + composted_out + energy_out;
	check_fraction_sum(share_out,
					   "recycled_out + reused_out + composted_out + energy_out",
					   "end-of-use");
	if (recycled_in > 0 && efficiency_in == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid fraction for material_flows"),
				 errdetail("efficiency_in is 0 while recycled_in is %s; recycled "
						   "feedstock cannot come from a process of zero efficiency.",
						   float8_message_text(recycled_in)),
				 errhint("efficiency_in is the efficiency of the process that "
						 "produced the recycled feedstock, greater than 0 and "
						 "at most 1.")));

	result->mass = mass;
	result->virgin = mass * fmax(0, 1 - share_in);
	result->waste = mass * fmax(0, 1 - share_out);
	result->recycling_loss = mass * (1 - efficiency_out) * recycled_out;
	/* no recycled input, no loss upstream: avoids 0/0 when E_F = 0 */
	result->feedstock_loss = recycled_in == 0 ? 0 :
		mass * (1 - efficiency_in) * recycled_in / efficiency_in;
	if (isinf(result->feedstock_loss))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("material_flows out of range"),
				 errdetail("The loss producing the recycled feedstock, mass * "
						   "(1 - efficiency_in) * recycled_in / efficiency_in, "
						   "exceeds the range of double precision.")));
	material_flows_normalize(result);
}

/*
 * material_flows(mass, recycled_in, reused_in, recycled_out, reused_out,
 * efficiency_in, efficiency_out, biological_in, composted_out, energy_out)
 */
Datum
material_flows_make(PG_FUNCTION_ARGS)
{
	float8		arguments[MATERIAL_FLOWS_ARGUMENTS];
	MaterialFlows *result = palloc(sizeof(MaterialFlows));
	int			i;

	for (i = 0; i < MATERIAL_FLOWS_ARGUMENTS; i++)
		arguments[i] = PG_GETARG_FLOAT8(i);
	material_flows_from_fractions(arguments, result);
	PG_RETURN_MATERIAL_FLOWS_P(result);
}

/* Same flows, all five equal */
static bool
flows_equal(const MaterialFlows *a, const MaterialFlows *b)
{
	return a->mass == b->mass && a->virgin == b->virgin &&
		a->waste == b->waste && a->feedstock_loss == b->feedstock_loss &&
		a->recycling_loss == b->recycling_loss;
}

/*
 * material_flows = material_flows
 */
Datum
material_flows_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(flows_equal(PG_GETARG_MATERIAL_FLOWS_P(0),
							   PG_GETARG_MATERIAL_FLOWS_P(1)));
}

/*
 * material_flows <> material_flows
 */
Datum
material_flows_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!flows_equal(PG_GETARG_MATERIAL_FLOWS_P(0),
								PG_GETARG_MATERIAL_FLOWS_P(1)));
}

/* Adds b's flows into a; a sum beyond double precision is an error */
static void
add_flows(MaterialFlows *a, const MaterialFlows *b)
{
	a->mass += b->mass;
	a->virgin += b->virgin;
	a->waste += b->waste;
	a->feedstock_loss += b->feedstock_loss;
	a->recycling_loss += b->recycling_loss;
	if (isinf(a->mass) || isinf(a->virgin) || isinf(a->waste) ||
		isinf(a->feedstock_loss) || isinf(a->recycling_loss))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("material_flows out of range"),
				 errdetail("The sum of the flows exceeds the range of double precision.")));
}

/*
 * material_flows + material_flows: the flows of the two parts together
 */
Datum
material_flows_add(PG_FUNCTION_ARGS)
{
	MaterialFlows *result = palloc(sizeof(MaterialFlows));

	*result = *PG_GETARG_MATERIAL_FLOWS_P(0);
	add_flows(result, PG_GETARG_MATERIAL_FLOWS_P(1));
	PG_RETURN_MATERIAL_FLOWS_P(result);
}

/*
 * Transition and combine function of sum(material_flows): adds into the
 * state in place when called by an aggregate (the state is the aggregate's
 * own copy), into a new value otherwise
 */
Datum
material_flows_accum(PG_FUNCTION_ARGS)
{
	MaterialFlows *state = PG_GETARG_MATERIAL_FLOWS_P(0);

	if (!AggCheckCallContext(fcinfo, NULL))
	{
		MaterialFlows *copy = palloc(sizeof(MaterialFlows));

		*copy = *state;
		state = copy;
	}
	add_flows(state, PG_GETARG_MATERIAL_FLOWS_P(1));
	PG_RETURN_MATERIAL_FLOWS_P(state);
}
