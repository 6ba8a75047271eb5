/*
 * test/fuzz/fuzz_lifetable.c
 *		libFuzzer target of the lifetable text parser, its checks and its
 *		age grid (src/lifetable_parse.c, with the float8 scanner of
 *		src/weibull_parse.c).
 *
 * The input is a C string in a buffer of size + 1 bytes, as the server
 * gives it; the parsed values (130 kB each) are malloc'd on their own, so
 * that a write past their end is seen, once: a fresh block per run would
 * cost a page fault per page, and a quarter of the speed.  Properties
 * checked:
 *	- an exact value holds at most LT_EXACT_MAX observations, each passing
 *	  lt_check_observation, without -0; the histogram the server makes of
 *	  them when the state grows (lt_grid_points for each) passes
 *	  lt_check_histogram, so that binary input would take it back;
 *	- a histogram passes lt_check_histogram and has at most LT_BINS bins;
 *	- the canonical text (what lifetable_out writes: observations sorted,
 *	  shortest decimals; the non-empty bins) parses back to the same
 *	  observations (same float8 bits) or the same counts;
 *	- a refusal has a kind and a detail, NUL-terminated, and valid UTF-8
 *	  when the input is (details quote it).
 */
#include "fuzz_common.h"
#include "lifetable_parse.h"
#include "fuzz_parse_error.h"

/* lt_observation_cmp for qsort */
static int
observation_cmp(const void *a, const void *b)
{
	return lt_observation_cmp(a, b);
}

/* The observations of an exact value, sorted, in a new array */
static LtObservation *
sorted_observations(const LifetableParsed *lt)
{
	LtObservation *obs = malloc((lt->count > 0 ? lt->count : 1) * sizeof(LtObservation));
	int			i;

	for (i = 0; i < lt->count; i++)
	{
		obs[i].age = lt->age[i];
		obs[i].entry = lt->entry[i];
		obs[i].retired = lt->retired[i];
	}
	qsort(obs, lt->count, sizeof(LtObservation), observation_cmp);
	return obs;
}

/* The canonical text of a parsed value, malloc'd */
static char *
canonical_text(const LifetableParsed *lt)
{
	/* ", " age "+@" entry, or ", " and four numbers of up to 10 digits */
	size_t		size = 16 + (size_t) lt->count *
		(lt->format == LT_FORMAT_EXACT ? 2 * FUZZ_FLOAT_TEXT + 4 : 4 * 10 + 5);
	char	   *buf = malloc(size);
	size_t		len = 0;
	int			first = 1;
	int			i;

	if (lt->format == LT_FORMAT_EXACT)
	{
		LtObservation *obs = sorted_observations(lt);

		len += snprintf(buf + len, size - len, "exact{");
		for (i = 0; i < lt->count; i++)
		{
			char		age[FUZZ_FLOAT_TEXT];
			char		entry[FUZZ_FLOAT_TEXT];

			len += snprintf(buf + len, size - len, "%s%s%s", first ? "" : ", ",
							fuzz_shortest(obs[i].age, age), obs[i].retired ? "" : "+");
			if (obs[i].entry != 0.0)
				len += snprintf(buf + len, size - len, "@%s",
								fuzz_shortest(obs[i].entry, entry));
			first = 0;
		}
		free(obs);
	}
	else
	{
		len += snprintf(buf + len, size - len, "histogram{");
		for (i = 0; i < lt->count; i++)
		{
			if (lt->events[i] == 0 && lt->censored[i] == 0 && lt->entries[i] == 0)
				continue;
			len += snprintf(buf + len, size - len, "%s%d:%u/%u/%u", first ? "" : ", ",
							i, (unsigned) lt->events[i], (unsigned) lt->censored[i],
							(unsigned) lt->entries[i]);
			first = 0;
		}
	}
	snprintf(buf + len, size - len, "}");
	return buf;
}

/*
 * Checks the exact observations, and that the histogram the server builds
 * from them (lt_to_histogram) is one it would accept
 */
static void
check_exact(const LifetableParsed *lt, const char *input)
{
	uint32_t   *counts = calloc(3 * LT_BINS, sizeof(uint32_t));
	uint32_t   *events = counts;
	uint32_t   *censored = counts + LT_BINS;
	uint32_t   *entries = counts + 2 * LT_BINS;
	int			highest = -1;
	ScanError	err;
	int			i;

	if (lt->count < 0 || lt->count > LT_EXACT_MAX)
		fuzz_fail(input, "%d exact observations", lt->count);
	for (i = 0; i < lt->count; i++)
	{
		int			exit_bin;
		int			entry_bin;

		if (!lt_check_observation(lt->age[i], lt->entry[i], lt->retired[i], &err))
			fuzz_fail(input, "observation %d refused by its check: %s", i, err.detail);
		if (signbit(lt->age[i]) || signbit(lt->entry[i]) || lt->retired[i] > 1)
			fuzz_fail(input, "observation %d: %g@%g, retired %d", i, lt->age[i],
					  lt->entry[i], lt->retired[i]);
		lt_grid_points(lt->age[i], lt->entry[i], lt->retired[i], &exit_bin, &entry_bin);
		if (exit_bin < 0 || exit_bin >= LT_BINS || entry_bin < 0 || entry_bin > exit_bin)
			fuzz_fail(input, "observation %d (%.17g@%.17g): grid points %d, %d",
					  i, lt->age[i], lt->entry[i], exit_bin, entry_bin);
		(lt->retired[i] ? events : censored)[exit_bin]++;
		entries[entry_bin]++;
		if (exit_bin > highest)
			highest = exit_bin;
	}
	if (!lt_check_histogram(events, censored, entries, highest + 1, &err))
		fuzz_fail(input, "the histogram of the observations is refused: %s", err.detail);
	free(counts);
}

/* Checks a histogram value */
static void
check_histogram(const LifetableParsed *lt, const char *input)
{
	ScanError	err;

	if (lt->count < 0 || lt->count > LT_BINS)
		fuzz_fail(input, "%d histogram bins", lt->count);
	if (!lt_check_histogram(lt->events, lt->censored, lt->entries, lt->count, &err))
		fuzz_fail(input, "histogram refused by its check: %s", err.detail);
}

/* A parsed value of its own, allocated on the first call (see above) */
static LifetableParsed *
parsed_value(LifetableParsed **slot)
{
	if (*slot == NULL && (*slot = malloc(sizeof(LifetableParsed))) == NULL)
		abort();
	return *slot;
}

/* Parses the canonical text again and compares */
static void
check_round_trip(const LifetableParsed *lt, const char *input)
{
	static LifetableParsed *again_slot;
	char	   *text = canonical_text(lt);
	char	   *exact = fuzz_cstring((const uint8_t *) text, strlen(text));
	LifetableParsed *again = parsed_value(&again_slot);
	ScanError	err;
	int			i;

	if (!lifetable_parse(exact, again, &err))
		fuzz_fail(input, "canonical text \"%.200s\" refused: %s", text, err.detail);
	if (again->format != lt->format)
		fuzz_fail(input, "canonical text \"%.200s\" has format %d", text, again->format);
	if (lt->format == LT_FORMAT_EXACT)
	{
		LtObservation *a = sorted_observations(lt);
		LtObservation *b;

		if (again->count != lt->count)
			fuzz_fail(input, "canonical text \"%.200s\" reads back %d observations, not %d",
					  text, again->count, lt->count);
		b = sorted_observations(again);
		for (i = 0; i < lt->count; i++)
			if (!fuzz_same_double(a[i].age, b[i].age) ||
				!fuzz_same_double(a[i].entry, b[i].entry) || a[i].retired != b[i].retired)
				fuzz_fail(input, "canonical text \"%.200s\": observation %d differs", text, i);
		free(b);
		free(a);
	}
	else
	{
		/* the bins after the last non-empty one are not written */
		for (i = 0; i < LT_BINS; i++)
		{
			int			had = i < lt->count;
			int			has = i < again->count;

			if ((had ? lt->events[i] : 0) != (has ? again->events[i] : 0) ||
				(had ? lt->censored[i] : 0) != (has ? again->censored[i] : 0) ||
				(had ? lt->entries[i] : 0) != (has ? again->entries[i] : 0))
				fuzz_fail(input, "canonical text \"%.200s\": bin %d differs", text, i);
		}
	}
	free(exact);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static LifetableParsed *lt_slot;
	char	   *input = fuzz_cstring(data, size);
	LifetableParsed *lt = parsed_value(&lt_slot);
	ScanError	err;

	if (lifetable_parse(input, lt, &err))
	{
		if (lt->format == LT_FORMAT_EXACT)
			check_exact(lt, input);
		else
			check_histogram(lt, input);
		check_round_trip(lt, input);
	}
	else
		fuzz_check_parse_error(&err, input);
	free(input);
	return 0;
}
