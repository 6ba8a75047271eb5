/*
 * src/carbon.c
 *		Annualised emissions of a device and what a longer life saves.
 *
 * The embodied (manufacturing, transport, end-of-life) emissions are spread
 * evenly over the years of use, as Boavizta and NumEcoEval/G4IT do, and the
 * use phase adds the electricity of one year times the grid intensity:
 *		A(L) = E / L + kWh * grid
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/float.h"

#include "compat.h"
#include "scan.h"

PG_FUNCTION_INFO_V1(annualised_co2e);
PG_FUNCTION_INFO_V1(life_extension_saving);

/* Rejects a figure that is NaN, infinite or negative */
static void
check_figure(double v, const char *name, const char *unit)
{
	if (isnan(v) || isinf(v) || v < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number of at least 0", name),
				 errdetail("%s is %s %s.", name, float8_message_text(v), unit)));
}

/* Rejects a lifespan that is not a finite number of years greater than 0 */
static void
check_lifespan(double v, const char *name)
{
	if (isnan(v) || isinf(v) || v <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number of years greater than 0", name),
				 errdetail("%s is %s.", name, float8_message_text(v))));
}

/* A(L) = E / L + kWh * grid, kg CO2e per year, overflow-checked */
static double
annual_emissions(double embodied, double lifespan, double kwh, double grid)
{
	double		a = embodied / lifespan + kwh * grid;

	if (isinf(a))
		float_overflow_error();
	return a;
}

/*
 * annualised_co2e(embodied_kg, lifespan_years, kwh_per_year, grid_kg_per_kwh)
 *		kg CO2e per year of use
 */
Datum
annualised_co2e(PG_FUNCTION_ARGS)
{
	double		embodied = PG_GETARG_FLOAT8(0);
	double		lifespan = PG_GETARG_FLOAT8(1);
	double		kwh = PG_GETARG_FLOAT8(2);
	double		grid = PG_GETARG_FLOAT8(3);

	check_figure(embodied, "embodied_kg", "kg CO2e");
	check_lifespan(lifespan, "lifespan_years");
	check_figure(kwh, "kwh_per_year", "kWh");
	check_figure(grid, "grid_kg_per_kwh", "kg CO2e per kWh");
	PG_RETURN_FLOAT8(annual_emissions(embodied, lifespan, kwh, grid));
}

/*
 * life_extension_saving(embodied_kg, kwh_per_year, grid_kg_per_kwh,
 *						 years_from, years_to)
 *		(A(from) - A(to)) / A(from): the fraction of the annual emissions a
 *		life of years_to instead of years_from saves (negative for a shorter
 *		life); NULL when the device emits nothing at all
 */
Datum
life_extension_saving(PG_FUNCTION_ARGS)
{
	double		embodied = PG_GETARG_FLOAT8(0);
	double		kwh = PG_GETARG_FLOAT8(1);
	double		grid = PG_GETARG_FLOAT8(2);
	double		from = PG_GETARG_FLOAT8(3);
	double		to = PG_GETARG_FLOAT8(4);
	double		a_from,
				a_to;

	check_figure(embodied, "embodied_kg", "kg CO2e");
	check_figure(kwh, "kwh_per_year", "kWh");
	check_figure(grid, "grid_kg_per_kwh", "kg CO2e per kWh");
	check_lifespan(from, "years_from");
	check_lifespan(to, "years_to");
	a_from = annual_emissions(embodied, from, kwh, grid);
	a_to = annual_emissions(embodied, to, kwh, grid);
	if (a_from == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((a_from - a_to) / a_from);
}
