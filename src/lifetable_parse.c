/*
 * src/lifetable_parse.c
 *		The lifetable grid, the checks of observations and histograms, and
 *		the text parser.  Standard C only (see lifetable_parse.h).
 */
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "lifetable_parse.h"

/* Longest excerpt of the input shown in a message, in bytes */
#define SHOWN_MAX 20

#define HINT_BIN "Histogram bins are written index:retired/censored/entered, e.g. 1096:3/1/0."

/* One piece of the grid: count points, width days apart, from start (days) */
typedef struct GridSegment
{
	double		start;
	double		width;
	int			count;
	int			first;			/* grid index of the first point */
} GridSegment;

static const GridSegment grid[] = {
	{0.0, 1.0, 3653, 0},
	{3653.0, 14.0, 783, 3653},
	{14615.0, 30.0, 731, 4436},
};

#define GRID_SEGMENTS ((int) (sizeof(grid) / sizeof(grid[0])))

/* The grid point nearest an age */
int
lt_bin_of_age(double age)
{
	double		days = age * LT_DAYS_PER_YEAR;
	int			s;

	for (s = 0; s < GRID_SEGMENTS; s++)
	{
		double		i = floor((days - grid[s].start) / grid[s].width + 0.5);

		if (i < grid[s].count)
			return grid[s].first + (int) (i < 0.0 ? 0.0 : i);
	}
	return LT_BINS - 1;
}

/* Grid index of the last grid point at or below an age in [0, LT_MAX_AGE] */
static int
grid_floor(double age)
{
	/* a millionth of a day absorbs the rounding of days / 365.25 * 365.25 */
	double		days = age * LT_DAYS_PER_YEAR + 1e-6;
	int			s;

	for (s = GRID_SEGMENTS - 1; s > 0 && days < grid[s].start; s--)
		;
	return grid[s].first + (int) fmin(floor((days - grid[s].start) / grid[s].width),
									  grid[s].count - 1);
}

/* Where a life leaves and enters the grid (rules in lifetable_parse.h) */
void
lt_grid_points(double age, double entry, int retired, int *exit_bin,
			   int *entry_bin)
{
	*exit_bin = lt_bin_of_age(age);
	*entry_bin = grid_floor(entry);
	/* a life entering and retiring between two grid points */
	if (*entry_bin >= *exit_bin && *exit_bin > 0 && (retired || entry < age))
		*entry_bin = *exit_bin - 1;
}

/* The age in years of a grid point */
double
lt_bin_age(int bin)
{
	int			s;

	for (s = GRID_SEGMENTS - 1; s > 0 && bin < grid[s].first; s--)
		;
	return (grid[s].start + (bin - grid[s].first) * grid[s].width) / LT_DAYS_PER_YEAR;
}

/* The age the likelihood gives the lives leaving at a grid point */
double
lt_bin_fit_age(int bin)
{
	if (bin == 0)
		return 0.25 / LT_DAYS_PER_YEAR;
	return lt_bin_age(bin);
}

/* Checks one observed life */
int
lt_check_observation(double age, double entry, int retired, ScanError *err)
{
	char		a[SCAN_DOUBLE_LEN];
	char		e[SCAN_DOUBLE_LEN];

	if (isnan(age) || age < 0.0)
		return scan_fail(err, SCAN_INVALID_VALUE,
						 "An age is the number of years in service, 0 or more.",
						 "The age %s is not a valid age.", scan_format_double(age, a));
	if (age > LT_MAX_AGE)
		return scan_fail(err, SCAN_OUT_OF_RANGE,
						 "A lifetable takes ages from 0 to 100 years.",
						 "The age %s is beyond 100 years.", scan_format_double(age, a));
	if (isnan(entry) || entry < 0.0)
		return scan_fail(err, SCAN_INVALID_VALUE,
						 "The entry age is the age at which the asset entered the register, 0 or more.",
						 "The entry age %s is not a valid age.", scan_format_double(entry, e));
	if (retired ? !(entry < age) : !(entry <= age))
		return scan_fail(err, SCAN_INVALID_VALUE,
						 retired ? "A retired asset must have entered the register before the age at which it retired."
						 : "An asset still in service cannot have entered the register after its current age.",
						 "The entry age %s is %s the age %s.",
						 scan_format_double(entry, e), retired ? "not before" : "after",
						 scan_format_double(age, a));
	return 1;
}

/* Checks the consistency of a histogram */
int
lt_check_histogram(const uint32_t *events, const uint32_t *censored,
				   const uint32_t *entries, int nbins, ScanError *err)
{
	uint64_t	entered = 0;
	uint64_t	left = 0;
	int			b;

	for (b = 0; b < nbins; b++)
	{
		uint64_t	at_risk = b == 0 ? entries[0] : entered - left;

		if (events[b] > at_risk)
			return scan_fail(err, SCAN_INVALID_VALUE,
							 "A life is at risk from the grid point after the one where it entered (at point 0, from point 0 itself) until the one where it leaves.",
							 "At grid point %d, %u lives retire but only %llu are at risk.",
							 b, events[b], (unsigned long long) at_risk);
		entered += entries[b];
		left += (uint64_t) events[b] + censored[b];
		if (left > entered)
			return scan_fail(err, SCAN_INVALID_VALUE,
							 "Every life enters at or before the grid point at which it leaves.",
							 "By grid point %d, %llu lives have left but only %llu have entered.",
							 b, (unsigned long long) left, (unsigned long long) entered);
	}
	if (left != entered)
		return scan_fail(err, SCAN_INVALID_VALUE,
						 "Every life that enters also leaves, retired or censored.",
						 "%llu lives entered but %llu left.",
						 (unsigned long long) entered, (unsigned long long) left);
	return 1;
}

/* Reads an unsigned decimal integer up to max; returns 1, or 0 with err */
static int
parse_count(const char **p, uint64_t max, uint64_t *value, const char *what,
			ScanError *err)
{
	const char *s = *p;
	uint64_t	v = 0;
	char		shown[SCAN_EXCERPT_SIZE(SHOWN_MAX)];

	if (!isdigit((unsigned char) *s))
		return scan_fail(err, SCAN_SYNTAX, HINT_BIN,
						 "Expected the %s (digits) at \"%s\".", what,
						 scan_excerpt(shown, s, strlen(s), SHOWN_MAX));
	while (isdigit((unsigned char) *s))
	{
		v = v * 10 + (uint64_t) (*s - '0');
		if (v > max)
			return scan_fail(err, SCAN_OUT_OF_RANGE, NULL,
							 "The %s is larger than %llu.", what, (unsigned long long) max);
		s++;
	}
	*value = v;
	*p = s;
	return 1;
}

/* One exact observation: age[+][@entry] */
static int
parse_observation(const char **pp, LifetableParsed *out, ScanError *err)
{
	const char *p = *pp;
	double		age;
	double		entry = 0.0;
	int			retired = 1;

	if (!parse_float8(&p, &age, "age", err))
		return 0;
	p += scan_space(p, SCAN_UNTIL_NUL);
	if (*p == '+')
	{
		retired = 0;
		p++;
		p += scan_space(p, SCAN_UNTIL_NUL);
	}
	if (*p == '@')
	{
		p++;
		p += scan_space(p, SCAN_UNTIL_NUL);
		if (!parse_float8(&p, &entry, "entry age", err))
			return 0;
	}
	if (!lt_check_observation(age, entry, retired, err))
		return 0;
	if (out->count >= LT_EXACT_MAX)
		return scan_fail(err, SCAN_OUT_OF_RANGE,
						 "Beyond 3800 lives a lifetable is a histogram{...}.",
						 "The exact form holds at most 3800 observations.");
	out->age[out->count] = age + 0.0;	/* -0 becomes 0 */
	out->entry[out->count] = entry + 0.0;
	out->retired[out->count] = (unsigned char) retired;
	out->count++;
	*pp = p;
	return 1;
}

/* One histogram bin: index:retired/censored/entered */
static int
parse_bin(const char **pp, LifetableParsed *out, ScanError *err)
{
	const char *p = *pp;
	uint64_t	v[4];
	static const char *const what[4] = {"grid index", "number retired",
	"number censored", "number entered"};
	static const char sep[3] = {':', '/', '/'};
	int			i;
	char		shown[SCAN_EXCERPT_SIZE(SHOWN_MAX)];

	for (i = 0; i < 4; i++)
	{
		if (!parse_count(&p, i == 0 ? (uint64_t) (LT_BINS - 1) : UINT32_MAX,
						 &v[i], what[i], err))
			return 0;
		p += scan_space(p, SCAN_UNTIL_NUL);
		if (i < 3)
		{
			if (*p != sep[i])
				return scan_fail(err, SCAN_SYNTAX, HINT_BIN,
								 "Expected \"%c\" after the %s at \"%s\".", sep[i], what[i],
								 scan_excerpt(shown, p, strlen(p), SHOWN_MAX));
			p++;
			p += scan_space(p, SCAN_UNTIL_NUL);
		}
	}
	if ((int) v[0] < out->count)
		return scan_fail(err, SCAN_SYNTAX,
						 "Histogram bins are listed once each, by increasing grid index.",
						 "The grid index %d comes after %d.", (int) v[0], out->count - 1);
	out->events[v[0]] = (uint32_t) v[1];
	out->censored[v[0]] = (uint32_t) v[2];
	out->entries[v[0]] = (uint32_t) v[3];
	out->count = (int) v[0] + 1;
	*pp = p;
	return 1;
}

/* Parses the text form of a lifetable */
int
lifetable_parse(const char *str, LifetableParsed *out, ScanError *err)
{
	const char *p = str + scan_space(str, SCAN_UNTIL_NUL);
	size_t		n;

	scan_error_clear(err);
	memset(out->events, 0, sizeof(out->events));
	memset(out->censored, 0, sizeof(out->censored));
	memset(out->entries, 0, sizeof(out->entries));
	out->count = 0;
	if ((n = scan_word(p, SCAN_UNTIL_NUL, "exact")) > 0)
		out->format = LT_FORMAT_EXACT;
	else if ((n = scan_word(p, SCAN_UNTIL_NUL, "histogram")) > 0)
		out->format = LT_FORMAT_HISTOGRAM;
	else
		return scan_fail(err, SCAN_SYNTAX,
						 "A lifetable is written exact{2.5, 3+, 4@1} or histogram{1096:3/1/0}.",
						 "Expected \"exact\" or \"histogram\" at character %d.",
						 (int) (p - str) + 1);
	p += n;
	p += scan_space(p, SCAN_UNTIL_NUL);
	if (*p != '{')
		return scan_fail(err, SCAN_SYNTAX, NULL,
						 "Expected \"{\" at character %d.", (int) (p - str) + 1);
	p++;
	p += scan_space(p, SCAN_UNTIL_NUL);
	if (*p != '}')
	{
		for (;;)
		{
			if (out->format == LT_FORMAT_EXACT ? !parse_observation(&p, out, err)
				: !parse_bin(&p, out, err))
				return 0;
			p += scan_space(p, SCAN_UNTIL_NUL);
			if (*p == '}')
				break;
			if (*p != ',')
				return scan_fail(err, SCAN_SYNTAX, NULL,
								 "Expected \",\" or \"}\" at character %d.",
								 (int) (p - str) + 1);
			p++;
			p += scan_space(p, SCAN_UNTIL_NUL);
		}
	}
	p++;
	p += scan_space(p, SCAN_UNTIL_NUL);
	if (*p != '\0')
		return scan_fail(err, SCAN_SYNTAX, NULL,
						 "Unexpected text after \"}\" at character %d.",
						 (int) (p - str) + 1);
	if (out->format == LT_FORMAT_HISTOGRAM &&
		!lt_check_histogram(out->events, out->censored, out->entries,
							out->count, err))
		return 0;
	return 1;
}
