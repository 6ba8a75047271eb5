/*
 * src/raw_material.c
 *		The periodic table as SQL rows, and the functions that weigh a
 *		materials value with the raw_material reference table: grams on the
 *		EU critical and strategic lists, abiotic depletion potential.
 *
 * The table is read once per query (per calling expression) through SPI
 * and kept in fn_extra; the functions are STABLE, so within one statement
 * they see one snapshot of the table anyway.  A user's row of an element
 * (shipped = false) replaces the shipped one entirely.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "materials.h"

PG_FUNCTION_INFO_V1(element_list);
PG_FUNCTION_INFO_V1(critical_grams);
PG_FUNCTION_INFO_V1(strategic_grams);
PG_FUNCTION_INFO_V1(adp);
PG_FUNCTION_INFO_V1(adp_uncharacterised_grams);

/* what the functions need of raw_material, by atomic number */
typedef struct RawMaterialFacts
{
	bool		crm[ELEMENT_COUNT + 1];
	bool		strategic[ELEMENT_COUNT + 1];
	bool		has_adp_cml_ia[ELEMENT_COUNT + 1];
	double		adp_cml_ia[ELEMENT_COUNT + 1];
	bool		has_adp_ef_3_1[ELEMENT_COUNT + 1];
	double		adp_ef_3_1[ELEMENT_COUNT + 1];
} RawMaterialFacts;

typedef enum AdpMethod
{
	ADP_EF_3_1,
	ADP_CML_IA
} AdpMethod;

/* element_list(): the periodic table compiled into the library */
Datum
element_list(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			z;

	InitMaterializedSRF(fcinfo, 0);
	for (z = 1; z <= ELEMENT_COUNT; z++)
	{
		const ElementInfo *e = &element_table[z - 1];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		Datum		other = (Datum) 0;
		int			n_other = 0;

		if (e->other_name != NULL)
		{
			other = CStringGetTextDatum(e->other_name);
			n_other = 1;
		}
		values[0] = Int32GetDatum(z);
		values[1] = CStringGetTextDatum(e->symbol);
		values[2] = CStringGetTextDatum(e->name);
		values[3] = PointerGetDatum(construct_array(&other, n_other, TEXTOID, -1, false,
													TYPALIGN_INT));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* a boolean column of an SPI row, NULL read as false */
static bool
spi_bool(HeapTuple row, TupleDesc desc, int column)
{
	bool		isnull;
	Datum		d = SPI_getbinval(row, desc, column, &isnull);

	return !isnull && DatumGetBool(d);
}

/* a float8 column of an SPI row; false if NULL */
static bool
spi_float8(HeapTuple row, TupleDesc desc, int column, double *value)
{
	bool		isnull;
	Datum		d = SPI_getbinval(row, desc, column, &isnull);

	if (isnull)
		return false;
	*value = DatumGetFloat8(d);
	return true;
}

/* the facts of raw_material, read once per calling expression */
static RawMaterialFacts *
raw_material_facts(FunctionCallInfo fcinfo)
{
	RawMaterialFacts *facts = (RawMaterialFacts *) fcinfo->flinfo->fn_extra;
	char	   *schema;
	char	   *query;
	uint64		i;
	int			nest_level;

	if (facts != NULL)
		return facts;

	facts = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(RawMaterialFacts));

	/* the table is in the schema of this function */
	schema = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));
	/*
	 * An element the lists name only in a grade or form one component holds
	 * (battery-grade nickel, silicon metal) is not counted: a materials value
	 * does not say where its grams sit.  The components are read through
	 * to_jsonb, so that a database still on 0.2.0's script, whose table has
	 * no such columns, reads its flags as before.
	 */
	query = psprintf("SELECT DISTINCT ON (symbol) symbol, "
					 "crm_2023 AND (pg_catalog.to_jsonb(r) OPERATOR(pg_catalog.->>) "
					 "'crm_component') IS NULL, "
					 "strategic_2023 AND (pg_catalog.to_jsonb(r) OPERATOR(pg_catalog.->>) "
					 "'strategic_component') IS NULL, "
					 "adp_cml_ia, adp_ef_3_1 FROM %s.raw_material r "
					 "ORDER BY symbol, shipped",
					 quote_identifier(schema));

	/*
	 * On a Citus worker this runs inside a query on a shard, where Citus
	 * refuses to plan another query of one of its tables unless told it may:
	 * raw_material is a reference table, whose copy every node holds, so
	 * the read is local and safe (the same setting member_organisations()
	 * makes).  Without Citus the setting does not exist and is not made.
	 */
	nest_level = NewGUCNestLevel();
	if (GetConfigOption("citus.allow_nested_distributed_execution", true, false) != NULL)
		(void) set_config_option("citus.allow_nested_distributed_execution", "on",
								 PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading %s.raw_material failed", schema);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	row = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *symbol = SPI_getvalue(row, desc, 1);
		int			z = symbol ? element_by_symbol(symbol, strlen(symbol)) : 0;

		/* the foreign key to element makes every symbol known */
		if (z == 0)
			continue;
		facts->crm[z] = spi_bool(row, desc, 2);
		facts->strategic[z] = spi_bool(row, desc, 3);
		facts->has_adp_cml_ia[z] = spi_float8(row, desc, 4, &facts->adp_cml_ia[z]);
		facts->has_adp_ef_3_1[z] = spi_float8(row, desc, 5, &facts->adp_ef_3_1[z]);
	}
	SPI_finish();
	AtEOXact_GUC(true, nest_level);

	fcinfo->flinfo->fn_extra = facts;
	return facts;
}

/* sum of the grams of the elements a flag marks */
static double
flagged_grams(const Materials *m, const bool *flag)
{
	const uint8 *zm = MATERIALS_ATOMIC(m);
	double		total = 0;
	int			i;

	for (i = 0; i < m->count; i++)
	{
		if (flag[zm[i]])
			total += m->grams[i];
	}
	if (isinf(total))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range: overflow"),
				 errdetail("The total mass is too large for a float8 number of grams.")));
	return total;
}

/* critical_grams(materials): grams of the elements on the EU 2023 CRM list */
Datum
critical_grams(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);

	PG_RETURN_FLOAT8(flagged_grams(m, raw_material_facts(fcinfo)->crm));
}

/* strategic_grams(materials): grams of the elements on the EU 2023 strategic list */
Datum
strategic_grams(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);

	PG_RETURN_FLOAT8(flagged_grams(m, raw_material_facts(fcinfo)->strategic));
}

/* the ADP method named by a text argument: 'EF3.1' or 'CML-IA', any case */
static AdpMethod
adp_method(text *name)
{
	char	   *s = text_to_cstring(name);

	if (pg_strcasecmp(s, "EF3.1") == 0)
		return ADP_EF_3_1;
	if (pg_strcasecmp(s, "CML-IA") == 0)
		return ADP_CML_IA;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown ADP method \"%s\"", s),
			 errhint("Methods are 'EF3.1' (EF 3.1, the default) and 'CML-IA' (CML-IA baseline v4.8).")));
	return ADP_EF_3_1;			/* not reached */
}

/* adp(materials, method): abiotic depletion potential in kg Sb-eq */
Datum
adp(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	AdpMethod	method = adp_method(PG_GETARG_TEXT_PP(1));
	RawMaterialFacts *facts = raw_material_facts(fcinfo);
	const bool *has = method == ADP_EF_3_1 ? facts->has_adp_ef_3_1 : facts->has_adp_cml_ia;
	const double *factor = method == ADP_EF_3_1 ? facts->adp_ef_3_1 : facts->adp_cml_ia;
	const uint8 *zm = MATERIALS_ATOMIC(m);
	double		g_sb_eq = 0;
	int			i;

	/* kg Sb-eq per kg is g Sb-eq per g */
	for (i = 0; i < m->count; i++)
	{
		if (has[zm[i]])
			g_sb_eq += m->grams[i] * factor[zm[i]];
	}
	if (isinf(g_sb_eq))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value out of range: overflow"),
				 errdetail("The abiotic depletion potential is too large for a float8 number.")));
	PG_RETURN_FLOAT8(g_sb_eq / 1000.0);
}

/* adp_uncharacterised_grams(materials, method): grams without an ADP factor */
Datum
adp_uncharacterised_grams(PG_FUNCTION_ARGS)
{
	Materials  *m = PG_GETARG_MATERIALS_P(0);
	AdpMethod	method = adp_method(PG_GETARG_TEXT_PP(1));
	RawMaterialFacts *facts = raw_material_facts(fcinfo);
	const bool *has = method == ADP_EF_3_1 ? facts->has_adp_ef_3_1 : facts->has_adp_cml_ia;
	bool		missing[ELEMENT_COUNT + 1];
	int			z;

	for (z = 0; z <= ELEMENT_COUNT; z++)
		missing[z] = !has[z];
	PG_RETURN_FLOAT8(flagged_grams(m, missing));
}
