/*
 * src/material_flows_parse.c
 *		Text form of material_flows and the checks every value passes.
 *
 * The text form names each flow:
 *		(mass=2, virgin=1.6, waste=0.2, feedstock_loss=0.07, recycling_loss=0.28)
 * in any order, every flow exactly once, names case-insensitive, blanks
 * allowed between the tokens.  Numbers are decimal (an optional sign,
 * digits, an optional fraction and exponent); NaN and infinities are read
 * so that they can be rejected with a clear reason.
 *
 * Only standard C: the server turns a ScanError into ereport / ereturn.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "material_flows_parse.h"

/* The flows in their canonical order */
static const char *const flow_names[] = {
	"mass", "virgin", "waste", "feedstock_loss", "recycling_loss"
};

#define N_FLOWS (sizeof(flow_names) / sizeof(flow_names[0]))

/* The flow of index i (in flow_names' order) */
static double *
flow_at(MaterialFlows *flows, size_t i)
{
	switch (i)
	{
		case 0:
			return &flows->mass;
		case 1:
			return &flows->virgin;
		case 2:
			return &flows->waste;
		case 3:
			return &flows->feedstock_loss;
		default:
			return &flows->recycling_loss;
	}
}

#define FORM_HINT "Write the flows as (mass=M, virgin=V, waste=W0, " \
	"feedstock_loss=W_F, recycling_loss=W_C), or build them from " \
	"fractions with material_flows(mass, recycled_in, ...)."

/* Longest excerpt of the input quoted in a detail, in bytes */
#define QUOTE_MAX 24

/* Longest excerpt of a flow name quoted in a detail, in bytes */
#define NAME_QUOTE_MAX 32

/* Writes the message of an error by its kind, without the input; returns false */
static bool
set_message(ScanError *error)
{
	switch (error->kind)
	{
		case SCAN_OUT_OF_RANGE:
			scan_set_message(error, "value out of range for type material_flows");
			break;
		case SCAN_INCONSISTENT:
			scan_set_message(error, "inconsistent flows for type material_flows");
			break;
		default:
			scan_set_message(error, "invalid input syntax for type material_flows");
			break;
	}
	return false;
}

/* The input from p quoted for a detail, or "the end of the input" */
static const char *
quote_excerpt(const char *p, char *buf, size_t size)
{
	char		excerpt[SCAN_EXCERPT_SIZE(QUOTE_MAX)];

	if (*p == '\0')
		snprintf(buf, size, "the end of the input");
	else
		snprintf(buf, size, "\"%s\"", scan_excerpt(excerpt, p, strlen(p), QUOTE_MAX));
	return buf;
}

/* Reads the number of one flow at *p, advancing *p past it */
static bool
parse_number(const char **p, const char *flow, double *value, ScanError *error)
{
	const char *start = *p;
	ScanDecimal number;
	size_t		n = scan_decimal(start, SCAN_UNTIL_NUL, SCAN_NAN_INFINITY, &number);
	char		excerpt[SCAN_EXCERPT_SIZE(QUOTE_MAX) + 2];

	/* "1e" and "0x10" are no numbers either */
	if (n == 0 || scan_is_word_char(start[n]))
		return scan_fail(error, SCAN_SYNTAX, FORM_HINT,
						 "Expected a number for %s at %s.", flow,
						 quote_excerpt(start, excerpt, sizeof(excerpt)));
	if (number.special)
		return scan_fail(error, SCAN_OUT_OF_RANGE, NULL,
						 "%s is %.*s; every flow must be a finite number of "
						 "at least 0.", flow, (int) n, start);
	/* as float8in: underflow to 0 and overflow are errors, denormals not */
	if (scan_decimal_value(start, &number, 0, value) != SCAN_NUMBER_OK)
		return scan_fail(error, SCAN_OUT_OF_RANGE, NULL,
						 "%s is %s, which is out of range for double "
						 "precision.", flow,
						 scan_excerpt(excerpt, start, n, QUOTE_MAX));
	*p = start + n;
	return true;
}

/* Reads "name = number" at *p into result, marking the flow as seen */
static bool
parse_flow(const char **p, MaterialFlows *result, bool *seen,
		   ScanError *error)
{
	const char *start = *p;
	const char *q = start;
	size_t		length;
	size_t		i;
	char		excerpt[SCAN_EXCERPT_SIZE(QUOTE_MAX) + 2];
	char		name[SCAN_EXCERPT_SIZE(NAME_QUOTE_MAX)];

	while (scan_is_word_char(*q))
		q++;
	length = (size_t) (q - start);
	if (length == 0)
		return scan_fail(error, SCAN_SYNTAX, FORM_HINT,
						 "Expected the name of a flow at %s.",
						 quote_excerpt(start, excerpt, sizeof(excerpt)));
	for (i = 0; i < N_FLOWS; i++)
		if (scan_word(start, length, flow_names[i]) == length)
			break;
	if (i == N_FLOWS)
		return scan_fail(error, SCAN_SYNTAX,
						 "The flows are mass, virgin, waste, feedstock_loss "
						 "and recycling_loss.",
						 "\"%s\" is not a flow of material_flows.",
						 scan_excerpt(name, start, length, NAME_QUOTE_MAX));
	if (seen[i])
		return scan_fail(error, SCAN_SYNTAX, NULL,
						 "The flow %s is given twice.", flow_names[i]);
	seen[i] = true;

	q += scan_space(q, SCAN_UNTIL_NUL);
	if (*q != '=')
	{
		quote_excerpt(q, excerpt, sizeof(excerpt));
		return scan_fail(error, SCAN_SYNTAX, FORM_HINT,
						 "Expected \"=\" after %s, found %s.",
						 flow_names[i], excerpt);
	}
	q++;
	q += scan_space(q, SCAN_UNTIL_NUL);
	if (!parse_number(&q, flow_names[i], flow_at(result, i), error))
		return false;
	*p = q;
	return true;
}

/* Reads the flows of the text form into *result */
static bool
read_flows(const char *text, MaterialFlows *result, ScanError *error)
{
	const char *p = text + scan_space(text, SCAN_UNTIL_NUL);
	bool		seen[N_FLOWS] = {false};
	size_t		i;
	char		excerpt[SCAN_EXCERPT_SIZE(QUOTE_MAX) + 2];

	memset(result, 0, sizeof(*result));
	if (*p != '(')
	{
		quote_excerpt(p, excerpt, sizeof(excerpt));
		return scan_fail(error, SCAN_SYNTAX, FORM_HINT,
						 "Expected \"(\" at %s.", excerpt);
	}
	p++;
	for (;;)
	{
		p += scan_space(p, SCAN_UNTIL_NUL);
		if (!parse_flow(&p, result, seen, error))
			return false;
		p += scan_space(p, SCAN_UNTIL_NUL);
		if (*p == ',')
			p++;
		else if (*p == ')')
			break;
		else
		{
			quote_excerpt(p, excerpt, sizeof(excerpt));
			return scan_fail(error, SCAN_SYNTAX,
							 FORM_HINT, "Expected \",\" or \")\" at %s.",
							 excerpt);
		}
	}
	p++;
	p += scan_space(p, SCAN_UNTIL_NUL);
	if (*p != '\0')
	{
		quote_excerpt(p, excerpt, sizeof(excerpt));
		return scan_fail(error, SCAN_SYNTAX, NULL,
						 "Unexpected %s after \")\".", excerpt);
	}
	for (i = 0; i < N_FLOWS; i++)
		if (!seen[i])
			return scan_fail(error, SCAN_SYNTAX,
							 FORM_HINT,
							 "The flow %s is missing: all of mass, virgin, "
							 "waste, feedstock_loss and recycling_loss must "
							 "be given.", flow_names[i]);
	return true;
}

/* Turns -0 into 0, so that equal values have one text and binary form */
void
material_flows_normalize(MaterialFlows *flows)
{
	size_t		i;

	for (i = 0; i < N_FLOWS; i++)
	{
		double	   *v = flow_at(flows, i);

		if (*v == 0.0)
			*v = 0.0;
	}
}

/*
 * What every material_flows value satisfies: every flow finite and
 * at least 0, mass above 0, V <= M (V = M(1 - F_R - F_U - F_S)), and
 * W0 + W_C <= M (W0 = M(1 - C_R - C_U - C_C - C_E), W_C = M(1 - E_C)C_R),
 * the latter up to MATERIAL_FLOWS_TOLERANCE for the rounding of long sums.
 * These keep the Linear Flow Index within [0, 1].  W_F has no upper bound
 * (it grows without limit as E_F goes to 0).
 */
static bool
check_flows(const MaterialFlows *flows, ScanError *error)
{
	const double values[N_FLOWS] = {flows->mass, flows->virgin, flows->waste,
	flows->feedstock_loss, flows->recycling_loss};
	char		a[SCAN_DOUBLE_LEN];
	char		b[SCAN_DOUBLE_LEN];
	char		c[SCAN_DOUBLE_LEN];
	size_t		i;

	for (i = 0; i < N_FLOWS; i++)
	{
		double		v = values[i];

		if (isnan(v) || isinf(v) || v < 0)
		{
			scan_format_double(v, a);
			return scan_fail(error, SCAN_OUT_OF_RANGE,
							 NULL, "%s is %s; every flow must be a finite "
							 "number of at least 0.", flow_names[i], a);
		}
	}
	if (flows->mass == 0)
		return scan_fail(error, SCAN_OUT_OF_RANGE, NULL,
						 "mass is 0; the mass must be greater than 0.");
	if (flows->virgin > flows->mass)
	{
		scan_format_double(flows->virgin, a);
		scan_format_double(flows->mass, b);
		return scan_fail(error, SCAN_INCONSISTENT,
						 FORM_HINT, "virgin (%s) exceeds mass (%s); the virgin "
						 "feedstock is at most the mass of the product.", a, b);
	}
	/* W0 <= M and W_C <= M first, so that M - W0 and the test cannot overflow */
	if (flows->waste > flows->mass || flows->recycling_loss > flows->mass ||
		flows->recycling_loss - (flows->mass - flows->waste) >
		MATERIAL_FLOWS_TOLERANCE * flows->mass)
	{
		scan_format_double(flows->waste, a);
		scan_format_double(flows->recycling_loss, b);
		scan_format_double(flows->mass, c);
		return scan_fail(error, SCAN_INCONSISTENT,
						 FORM_HINT, "waste (%s) plus recycling_loss (%s) exceeds "
						 "mass (%s); both come out of the mass of the product.",
						 a, b, c);
	}
	return true;
}

/*
 * Parses the text form into *result, which is then normalized and checked
 * (material_flows_check).  On failure returns false with *error filled in.
 */
bool
material_flows_parse(const char *text, MaterialFlows *result,
					 ScanError *error)
{
	scan_error_clear(error);
	if (!read_flows(text, result, error))
		return set_message(error);
	material_flows_normalize(result);
	if (!check_flows(result, error))
		return set_message(error);
	return true;
}

/* Checks a value built otherwise (see check_flows); false with *error filled in */
bool
material_flows_check(const MaterialFlows *flows, ScanError *error)
{
	scan_error_clear(error);
	if (!check_flows(flows, error))
		return set_message(error);
	return true;
}
