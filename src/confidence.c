/*
 * src/confidence.c
 *		weakest_confidence(): the weakest of the confidences a figure rests on.
 *
 * Every reference figure carries one of four confidences, from strongest to
 * weakest: verified, secondary, derived, unverified.  A report's figure that
 * rests on several reference figures (a unit's MCI reads its category's
 * mass, reference lifespan, recycled content, collection and recycling
 * fractions) is as weak as the weakest of them.  The reports call this for
 * every asset, so it compares bytes, with no collation and no array of ranks.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "compat.h"
#include "scan.h"

/* the confidences from weakest (0) to strongest */
static const char *const confidence_words[] = {"unverified", "derived", "secondary", "verified"};

#define CONFIDENCE_COUNT ((int) lengthof(confidence_words))

/* at most this many bytes of an unknown word are quoted in the error */
#define SHOWN_MAX 20

/* the rank of a confidence (0 weakest); an error for any other word */
static int
confidence_rank(text *word)
{
	const char *s = VARDATA_ANY(word);
	int			len = VARSIZE_ANY_EXHDR(word);
	char		shown[SCAN_EXCERPT_SIZE(SHOWN_MAX)];

	for (int i = 0; i < CONFIDENCE_COUNT; i++)
	{
		if ((int) strlen(confidence_words[i]) == len && memcmp(confidence_words[i], s, len) == 0)
			return i;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("weakest_confidence: \"%s\" is not a confidence",
					scan_excerpt(shown, s, len, SHOWN_MAX)),
			 errhint("The confidences are verified, secondary, derived and unverified.")));
	return -1;					/* not reached */
}

/* the weakest of the elements of a text array (NULLs skipped): its index,
 * or -1 when none */
static int
weakest_of_array(ArrayType *words, int *weakest)
{
	Datum	   *elements;
	bool	   *nulls;
	int			count;
	int			found = -1;

	if (ARR_NDIM(words) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("weakest_confidence: the confidences must be a one-dimensional array")));
	deconstruct_array(words, TEXTOID, -1, false, TYPALIGN_INT, &elements, &nulls, &count);
	for (int i = 0; i < count; i++)
	{
		int			rank;

		if (nulls[i])
			continue;
		rank = confidence_rank(DatumGetTextPP(elements[i]));
		if (rank < *weakest)
		{
			*weakest = rank;
			found = i;
		}
	}
	return found;
}

/* what a call site's argument types are, checked once per call site (the
 * reports call the function for every asset) */
typedef struct ConfidenceArguments
{
	bool		variadic_array; /* VARIADIC with a text array */
	int			nargs;
	bool		unknown[FUNC_MAX_ARGS]; /* an untyped literal (a C string) */
} ConfidenceArguments;

/* the argument types of this call site: text, varchar (text on disk), a
 * domain over either, or an untyped literal; with VARIADIC, a text array */
static ConfidenceArguments *
confidence_arguments(FunctionCallInfo fcinfo)
{
	ConfidenceArguments *args = (ConfidenceArguments *) fcinfo->flinfo->fn_extra;

	if (args != NULL && args->nargs == PG_NARGS())
		return args;
	args = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ConfidenceArguments));
	args->nargs = PG_NARGS();
	args->variadic_array = get_fn_expr_variadic(fcinfo->flinfo);
	for (int i = 0; i < PG_NARGS(); i++)
	{
		Oid			type = getBaseType(get_fn_expr_argtype(fcinfo->flinfo, i));

		if (args->variadic_array && type != TEXTARRAYOID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("weakest_confidence: VARIADIC takes an array of text, not %s",
							format_type_be(type))));
		if (!args->variadic_array && type != TEXTOID && type != VARCHAROID && type != UNKNOWNOID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("weakest_confidence: argument %d is of type %s, not text",
							i + 1, format_type_be(type))));
		args->unknown[i] = type == UNKNOWNOID;
	}
	fcinfo->flinfo->fn_extra = args;
	return args;
}

PG_FUNCTION_INFO_V1(weakest_confidence);

/*
 * weakest_confidence(VARIADIC "any"): the weakest of its text arguments,
 * NULLs skipped, NULL when there is none.  "any", not text[]: the reports
 * call it for every asset, and a text[] would build an array of the
 * arguments on every call; "any" passes them as they are, and the weakest
 * argument is returned itself.  A call with VARIADIC and a text array
 * reads the array's elements.
 */
Datum
weakest_confidence(PG_FUNCTION_ARGS)
{
	ConfidenceArguments *args = confidence_arguments(fcinfo);
	int			weakest = CONFIDENCE_COUNT;
	int			found = -1;

	if (args->variadic_array)
	{
		if (PG_ARGISNULL(0) || weakest_of_array(PG_GETARG_ARRAYTYPE_P(0), &weakest) < 0)
			PG_RETURN_NULL();
		PG_RETURN_TEXT_P(cstring_to_text(confidence_words[weakest]));
	}
	for (int i = 0; i < PG_NARGS(); i++)
	{
		int			rank;

		if (PG_ARGISNULL(i))
			continue;
		rank = args->unknown[i] ?
			confidence_rank(cstring_to_text(DatumGetCString(PG_GETARG_DATUM(i)))) :
			confidence_rank(PG_GETARG_TEXT_PP(i));
		if (rank < weakest)
		{
			weakest = rank;
			found = i;
		}
	}
	if (found < 0)
		PG_RETURN_NULL();
	if (!args->unknown[found])
		PG_RETURN_DATUM(PG_GETARG_DATUM(found));
	PG_RETURN_TEXT_P(cstring_to_text(confidence_words[weakest]));
}
