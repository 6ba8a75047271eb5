/*
 * src/materials_ops.c
 *		Arithmetic and functions on materials values, and the transition
 *		function of sum(materials).
 *
 * Every result stays canonical (see materials.h): masses finite and > 0.
 * A result that would overflow to infinity or underflow to 0 is an error
 * (22003), as for float8 arithmetic.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "materials.h"
#include "scan.h"

PG_FUNCTION_INFO_V1(materials_add);
PG_FUNCTION_INFO_V1(materials_mul);
PG_FUNCTION_INFO_V1(materials_mul_left);
PG_FUNCTION_INFO_V1(materials_div);
PG_FUNCTION_INFO_V1(materials_get);
PG_FUNCTION_INFO_V1(materials_total_grams);
PG_FUNCTION_INFO_V1(materials_each);
PG_FUNCTION_INFO_V1(materials_only);
PG_FUNCTION_INFO_V1(materials_sum_accum);

/* a sum of masses of element z that overflowed; never returns */
static void
sum_overflow_error(int z)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("value out of range: overflow"),
			 errdetail("The sum of the masses of %s is too large for a float8 number of grams.",
					   element_table[z - 1].symbol)));
}

/* a + b in a new value (any elements) */
static Materials *
materials_add_new(const Materials *a, const Materials *b)
{
	const uint8 *za = MATERIALS_ATOMIC(a);
	const uint8 *zb = MATERIALS_ATOMIC(b);
	Materials  *r;
	uint8	   *zr;
	int			i = 0;
	int			j = 0;
	int			n = 0;

	/* size of the union */
	while (i < a->count || j < b->count)
	{
		if (j == b->count || (i < a->count && za[i] < zb[j]))
			i++;
		else if (i == a->count || zb[j] < za[i])
			j++;
		else
			i++, j++;
		n++;
	}

	r = materials_alloc(n);
	zr = MATERIALS_ATOMIC(r);
	i = j = n = 0;
	while (i < a->count || j < b->count)
	{
		if (j == b->count || (i < a->count && za[i] < zb[j]))
		{
			zr[n] = za[i];
			r->grams[n] = a->grams[i++];
		}
		else if (i == a->count || zb[j] < za[i])
		{
			zr[n] = zb[j];
			r->grams[n] = b->grams[j++];
		}
		else
		{
			zr[n] = za[i];
			r->grams[n] = a->grams[i++] + b->grams[j++];
			if (unlikely(isinf(r->grams[n])))
				sum_overflow_error(zr[n]);
		}
		n++;
	}
	return r;
}

/*
 * a += b in place, if every element of b is in a; false (a untouched)
 * if b has an element a lacks
 */
static bool
materials_add_in_place(Materials *a, const Materials *b)
{
	const uint8 *za = MATERIALS_ATOMIC(a);
	const uint8 *zb = MATERIALS_ATOMIC(b);
	int			i;
	int			j;

	/* the common case: the same elements */
	if (a->count == b->count && memcmp(za, zb, a->count) == 0)
	{
		for (i = 0; i < a->count; i++)
		{
			a->grams[i] += b->grams[i];
			if (unlikely(isinf(a->grams[i])))
				sum_overflow_error(za[i]);
		}
		return true;
	}

	/* is b a subset of a? */
	if (b->count > a->count)
		return false;
	for (i = 0, j = 0; j < b->count; j++, i++)
	{
		while (i < a->count && za[i] < zb[j])
			i++;
		if (i == a->count || za[i] != zb[j])
			return false;
	}

	for (i = 0, j = 0; j < b->count; j++, i++)
	{
		while (za[i] < zb[j])
			i++;
		a->grams[i] += b->grams[j];
		if (unlikely(isinf(a->grams[i])))
			sum_overflow_error(za[i]);
	}
	return true;
}

/* materials + materials */
Datum
materials_add(PG_FUNCTION_ARGS)
{
	Materials  *a = PG_GETARG_MATERIALS_P(0);
	Materials  *b = PG_GETARG_MATERIALS_P(1);

	PG_RETURN_MATERIALS_P(materials_add_new(a, b));
}

/*
 * Transition and combine function of sum(materials).  As an aggregate it
 * adds into its state in place when the state already holds every
 * element of the value (after the first rows, nearly always), and makes a
 * new state only when a new element appears.  Called otherwise, it is +.
 */
Datum
materials_sum_accum(PG_FUNCTION_ARGS)
{
	Materials  *state;
	Materials  *value;

	if (!AggCheckCallContext(fcinfo, NULL))
		return materials_add(fcinfo);

	/* the state lives in the aggregate's memory context: ours to change */
	state = PG_GETARG_MATERIALS_P(0);
	value = PG_GETARG_MATERIALS_P(1);
	if (materials_add_in_place(state, value))
		PG_RETURN_MATERIALS_P(state);
	PG_RETURN_MATERIALS_P(materials_add_new(state, value));
}

/* m * factor, for factors checked by the caller (finite, > 0) */
static Materials *
materials_scale(const Materials *m, double factor, bool divide)
{
	Materials  *r = materials_alloc(m->count);
	const uint8 *zm = MATERIALS_ATOMIC(m);
	int			i;

	memcpy(MATERIALS_ATOMIC(r), zm, m->count);
	for (i = 0; i < m->count; i++)
	{
		double		g = divide ? m->grams[i] / factor : m->grams[i] * factor;

		if (unlikely(isinf(g)))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range: overflow"),
					 errdetail("The mass of %s %s %s is too large for a float8 number of grams.",
							   element_table[zm[i] - 1].symbol,
							   divide ? "divided by" : "times", float8_message_text(factor))));
		if (unlikely(g == 0))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range: underflow"),
					 errdetail("The mass of %s %s %s is too small for a float8 number of grams.",
							   element_table[zm[i] - 1].symbol,
							   divide ? "divided by" : "times", float8_message_text(factor))));
		r->grams[i] = g;
	}
	return r;
}

/* m * factor: factor finite and at least 0 */
static Materials *
materials_times(const Materials *m, double factor)
{
	if (isnan(factor) || isinf(factor) || factor < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot multiply a materials value by %s", float8_message_text(factor)),
				 errdetail("Masses must stay finite and at least 0: factors must be finite and at least 0.")));
	if (factor == 0)
		return materials_alloc(0);
	return materials_scale(m, factor, false);
}

/* materials * float8 */
Datum
materials_mul(PG_FUNCTION_ARGS)
{
	PG_RETURN_MATERIALS_P(materials_times(PG_GETARG_MATERIALS_P(0), PG_GETARG_FLOAT8(1)));
}

/* float8 * materials */
Datum
materials_mul_left(PG_FUNCTION_ARGS)
{
	PG_RETURN_MATERIALS_P(materials_times(PG_GETARG_MATERIALS_P(1), PG_GETARG_FLOAT8(0)));
}

/* materials / float8: divisor finite and above 0 */
Datum
materials_div(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	float8		divisor = PG_GETARG_FLOAT8(1);

	if (divisor == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	if (isnan(divisor) || isinf(divisor) || divisor < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot divide a materials value by %s", float8_message_text(divisor)),
				 errdetail("Masses must stay finite and at least 0: divisors must be finite and greater than 0.")));
	PG_RETURN_MATERIALS_P(materials_scale(m, divisor, true));
}

/* materials -> element: grams of one element, 0 if absent */
Datum
materials_get(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	text	   *name = PG_GETARG_TEXT_PP(1);
	int			z = materials_argument_element(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
	const uint8 *zm = MATERIALS_ATOMIC(m);
	float8		result = 0;
	int			i;

	for (i = 0; i < m->count && zm[i] <= z; i++)
	{
		if (zm[i] == z)
		{
			result = m->grams[i];
			break;
		}
	}
	PG_FREE_IF_COPY(m, 0);
	PG_RETURN_FLOAT8(result);
}

/* total_grams(materials): the mass of all elements */
Datum
materials_total_grams(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	float8		total = 0;
	int			i;

	for (i = 0; i < m->count; i++)
		total += m->grams[i];
	if (isinf(total))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range: overflow"),
				 errdetail("The total mass is too large for a float8 number of grams.")));
	PG_FREE_IF_COPY(m, 0);
	PG_RETURN_FLOAT8(total);
}

/* materials_each(materials): one row (element, atomic_number, grams) per element */
Datum
materials_each(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	const uint8 *zm = MATERIALS_ATOMIC(m);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < m->count; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = CStringGetTextDatum(element_table[zm[i] - 1].symbol);
		values[1] = Int32GetDatum(zm[i]);
		values[2] = Float8GetDatum(m->grams[i]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* materials_only(materials, text[]): the sub-map of the listed elements */
Datum
materials_only(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	ArrayType  *list = PG_GETARG_ARRAYTYPE_P(1);
	const uint8 *zm = MATERIALS_ATOMIC(m);
	bool		wanted[ELEMENT_COUNT + 1];
	Datum	   *names;
	bool	   *nulls;
	int			count;
	int			n = 0;
	int			i;
	Materials  *r;

	memset(wanted, 0, sizeof(wanted));
	deconstruct_array(list, TEXTOID, -1, false, TYPALIGN_INT, &names, &nulls, &count);
	for (i = 0; i < count; i++)
	{
		text	   *name;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("the list of elements must not contain nulls")));
		name = DatumGetTextPP(names[i]);
		wanted[materials_argument_element(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name))] = true;
	}

	for (i = 0; i < m->count; i++)
		n += wanted[zm[i]];
	r = materials_alloc(n);
	n = 0;
	for (i = 0; i < m->count; i++)
	{
		if (wanted[zm[i]])
		{
			MATERIALS_ATOMIC(r)[n] = zm[i];
			r->grams[n] = m->grams[i];
			n++;
		}
	}
	PG_RETURN_MATERIALS_P(r);
}
