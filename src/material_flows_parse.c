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
 * Only standard C: the server turns a MaterialFlowsError into ereport /
 * ereturn.  strtod() follows LC_NUMERIC, which the server keeps at "C".
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
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

#define SYNTAX_MESSAGE "invalid input syntax for type material_flows"
#define RANGE_MESSAGE "value out of range for type material_flows"
#define INCONSISTENT_MESSAGE "inconsistent flows for type material_flows"
#define FORM_HINT "Write the flows as (mass=M, virgin=V, waste=W0, " \
	"feedstock_loss=W_F, recycling_loss=W_C), or build them from " \
	"fractions with material_flows(mass, recycled_in, ...)."

#if defined(__GNUC__) || defined(__clang__)
#define DETAIL_FORMAT(a, b) __attribute__((format(printf, a, b)))
#else
#define DETAIL_FORMAT(a, b)
#endif

static bool set_error(MaterialFlowsError *error, MaterialFlowsErrorKind kind,
					  const char *message, const char *hint,
					  const char *detail_format,...) DETAIL_FORMAT(5, 6);

/* Fills in an error; the detail is formatted, message and hint are fixed */
static bool
set_error(MaterialFlowsError *error, MaterialFlowsErrorKind kind,
		  const char *message, const char *hint, const char *detail_format,...)
{
	va_list		args;

	error->kind = kind;
	snprintf(error->message, sizeof(error->message), "%s", message);
	snprintf(error->hint, sizeof(error->hint), "%s", hint ? hint : "");
	va_start(args, detail_format);
	vsnprintf(error->detail, sizeof(error->detail), detail_format, args);
	va_end(args);
	return false;
}

/*
 * Shortest "%g" text that reads back as the same double (for details;
 * the type's output uses the server's own shortest-decimal code)
 */
static void
format_double(double value, char *buf, size_t size)
{
	int			precision;

	if (isnan(value))
	{
		snprintf(buf, size, "NaN");
		return;
	}
	if (isinf(value))
	{
		snprintf(buf, size, value > 0 ? "Infinity" : "-Infinity");
		return;
	}
	for (precision = 15; precision < 17; precision++)
	{
		snprintf(buf, size, "%.*g", precision, value);
		if (strtod(buf, NULL) == value)
			return;
	}
	snprintf(buf, size, "%.17g", value);
}

/*
 * Up to 24 bytes of the input from p, quoted, for a detail message; a cut
 * does not split a UTF-8 character (it backs off over continuation bytes)
 */
static void
quote_excerpt(const char *p, char *buf, size_t size)
{
	size_t		n = strlen(p);
	size_t		cut = 24;

	if (n == 0)
		snprintf(buf, size, "the end of the input");
	else if (n <= cut)
		snprintf(buf, size, "\"%s\"", p);
	else
	{
		while (cut > 0 && ((unsigned char) p[cut] & 0xC0) == 0x80)
			cut--;
		snprintf(buf, size, "\"%.*s...\"", (int) cut, p);
	}
}

static const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
		   *p == '\f' || *p == '\v')
		p++;
	return p;
}

/* Case-insensitive match of a word (not followed by a letter) at p */
static bool
word_at(const char *p, const char *word, const char **end)
{
	size_t		n = strlen(word);
	size_t		i;

	for (i = 0; i < n; i++)
		if (tolower((unsigned char) p[i]) != word[i])
			return false;
	if (isalpha((unsigned char) p[n]))
		return false;
	*end = p + n;
	return true;
}

/*
 * End of a decimal number starting at p (sign, digits, fraction, exponent),
 * or NULL if there is none.  *special is set for NaN and infinities.
 */
static const char *
scan_number(const char *p, bool *special)
{
	const char *end;
	size_t		digits = 0;

	*special = false;
	if (*p == '+' || *p == '-')
		p++;
	if (word_at(p, "infinity", &end) || word_at(p, "inf", &end) ||
		word_at(p, "nan", &end))
	{
		*special = true;
		return end;
	}
	while (isdigit((unsigned char) *p))
		p++, digits++;
	if (*p == '.')
	{
		p++;
		while (isdigit((unsigned char) *p))
			p++, digits++;
	}
	if (digits == 0)
		return NULL;
	if (*p == 'e' || *p == 'E')
	{
		const char *q = p + 1;

		if (*q == '+' || *q == '-')
			q++;
		if (!isdigit((unsigned char) *q))
			return NULL;
		while (isdigit((unsigned char) *q))
			q++;
		p = q;
	}
	return p;
}

/* Reads the number of one flow at *p, advancing *p past it */
static bool
parse_number(const char **p, const char *flow, double *value,
			 MaterialFlowsError *error)
{
	const char *start = *p;
	const char *end;
	char	   *strtod_end;
	bool		special;
	char		excerpt[40];

	end = scan_number(start, &special);
	if (end == NULL)
	{
		quote_excerpt(start, excerpt, sizeof(excerpt));
		return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE, FORM_HINT,
						 "Expected a number for %s at %s.", flow, excerpt);
	}
	if (special)
		return set_error(error, MATERIAL_FLOWS_OUT_OF_RANGE, RANGE_MESSAGE, NULL,
						 "%s is %.*s; every flow must be a finite number of "
						 "at least 0.", flow, (int) (end - start), start);

	errno = 0;
	*value = strtod(start, &strtod_end);
	if (strtod_end != end)
	{
		quote_excerpt(start, excerpt, sizeof(excerpt));
		return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE, FORM_HINT,
						 "Expected a number for %s at %s.", flow, excerpt);
	}
	/* as float8in: underflow to 0 and overflow are errors, denormals not */
	if (errno == ERANGE && (*value == 0.0 || isinf(*value)))
		return set_error(error, MATERIAL_FLOWS_OUT_OF_RANGE, RANGE_MESSAGE, NULL,
						 "%s is %.*s%s, which is out of range for double "
						 "precision.", flow,
						 (int) (end - start > 24 ? 24 : end - start), start,
						 end - start > 24 ? "..." : "");
	*p = end;
	return true;
}

/* Reads "name = number" at *p into result, marking the flow as seen */
static bool
parse_flow(const char **p, MaterialFlows *result, bool *seen,
		   MaterialFlowsError *error)
{
	const char *start = *p;
	const char *q = start;
	size_t		length;
	size_t		i;
	char		excerpt[40];

	while (isalnum((unsigned char) *q) || *q == '_')
		q++;
	length = (size_t) (q - start);
	if (length == 0)
	{
		quote_excerpt(start, excerpt, sizeof(excerpt));
		return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE, FORM_HINT,
						 "Expected the name of a flow at %s.", excerpt);
	}
	for (i = 0; i < N_FLOWS; i++)
	{
		const char *name = flow_names[i];
		size_t		k;

		if (strlen(name) != length)
			continue;
		for (k = 0; k < length; k++)
			if (tolower((unsigned char) start[k]) != name[k])
				break;
		if (k == length)
			break;
	}
	if (i == N_FLOWS)
		return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE,
						 "The flows are mass, virgin, waste, feedstock_loss "
						 "and recycling_loss.",
						 "\"%.*s%s\" is not a flow of material_flows.",
						 (int) (length > 32 ? 32 : length), start,
						 length > 32 ? "..." : "");
	if (seen[i])
		return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE, NULL,
						 "The flow %s is given twice.", flow_names[i]);
	seen[i] = true;

	q = skip_blanks(q);
	if (*q != '=')
	{
		quote_excerpt(q, excerpt, sizeof(excerpt));
		return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE, FORM_HINT,
						 "Expected \"=\" after %s, found %s.",
						 flow_names[i], excerpt);
	}
	q = skip_blanks(q + 1);
	if (!parse_number(&q, flow_names[i], flow_at(result, i), error))
		return false;
	*p = q;
	return true;
}

/*
 * Parses the text form into *result, which is then normalized and checked
 * (material_flows_check).  On failure returns false with *error filled in.
 */
bool
material_flows_parse(const char *text, MaterialFlows *result,
					 MaterialFlowsError *error)
{
	const char *p = skip_blanks(text);
	bool		seen[N_FLOWS] = {false};
	size_t		i;
	char		excerpt[40];

	memset(result, 0, sizeof(*result));
	if (*p != '(')
	{
		quote_excerpt(p, excerpt, sizeof(excerpt));
		return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE, FORM_HINT,
						 "Expected \"(\" at %s.", excerpt);
	}
	p++;
	for (;;)
	{
		p = skip_blanks(p);
		if (!parse_flow(&p, result, seen, error))
			return false;
		p = skip_blanks(p);
		if (*p == ',')
			p++;
		else if (*p == ')')
			break;
		else
		{
			quote_excerpt(p, excerpt, sizeof(excerpt));
			return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE,
							 FORM_HINT, "Expected \",\" or \")\" at %s.",
							 excerpt);
		}
	}
	p = skip_blanks(p + 1);
	if (*p != '\0')
	{
		quote_excerpt(p, excerpt, sizeof(excerpt));
		return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE, NULL,
						 "Unexpected %s after \")\".", excerpt);
	}
	for (i = 0; i < N_FLOWS; i++)
		if (!seen[i])
			return set_error(error, MATERIAL_FLOWS_SYNTAX, SYNTAX_MESSAGE,
							 FORM_HINT,
							 "The flow %s is missing: all of mass, virgin, "
							 "waste, feedstock_loss and recycling_loss must "
							 "be given.", flow_names[i]);
	material_flows_normalize(result);
	return material_flows_check(result, error);
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
 * Checks what every material_flows value satisfies: every flow finite and
 * at least 0, mass above 0, V <= M (V = M(1 - F_R - F_U - F_S)), and
 * W0 + W_C <= M (W0 = M(1 - C_R - C_U - C_C - C_E), W_C = M(1 - E_C)C_R),
 * the latter up to MATERIAL_FLOWS_TOLERANCE for the rounding of long sums.
 * These keep the Linear Flow Index within [0, 1].  W_F has no upper bound
 * (it grows without limit as E_F goes to 0).
 */
bool
material_flows_check(const MaterialFlows *flows, MaterialFlowsError *error)
{
	const double values[N_FLOWS] = {flows->mass, flows->virgin, flows->waste,
	flows->feedstock_loss, flows->recycling_loss};
	char		a[32];
	char		b[32];
	char		c[32];
	size_t		i;

	for (i = 0; i < N_FLOWS; i++)
	{
		double		v = values[i];

		if (isnan(v) || isinf(v) || v < 0)
		{
			format_double(v, a, sizeof(a));
			return set_error(error, MATERIAL_FLOWS_OUT_OF_RANGE, RANGE_MESSAGE,
							 NULL, "%s is %s; every flow must be a finite "
							 "number of at least 0.", flow_names[i], a);
		}
	}
	if (flows->mass == 0)
		return set_error(error, MATERIAL_FLOWS_OUT_OF_RANGE, RANGE_MESSAGE, NULL,
						 "mass is 0; the mass must be greater than 0.");
	if (flows->virgin > flows->mass)
	{
		format_double(flows->virgin, a, sizeof(a));
		format_double(flows->mass, b, sizeof(b));
		return set_error(error, MATERIAL_FLOWS_INCONSISTENT, INCONSISTENT_MESSAGE,
						 FORM_HINT, "virgin (%s) exceeds mass (%s); the virgin "
						 "feedstock is at most the mass of the product.", a, b);
	}
	/* W0 <= M and W_C <= M first, so that M - W0 and the test cannot overflow */
	if (flows->waste > flows->mass || flows->recycling_loss > flows->mass ||
		flows->recycling_loss - (flows->mass - flows->waste) >
		MATERIAL_FLOWS_TOLERANCE * flows->mass)
	{
		format_double(flows->waste, a, sizeof(a));
		format_double(flows->recycling_loss, b, sizeof(b));
		format_double(flows->mass, c, sizeof(c));
		return set_error(error, MATERIAL_FLOWS_INCONSISTENT, INCONSISTENT_MESSAGE,
						 FORM_HINT, "waste (%s) plus recycling_loss (%s) exceeds "
						 "mass (%s); both come out of the mass of the product.",
						 a, b, c);
	}
	error->kind = MATERIAL_FLOWS_OK;
	return true;
}
