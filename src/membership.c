/*
 * src/membership.c
 *		member_organisations() and writable_organisations(): the ids of the
 *		organisations the current role reads, and writes, from
 *		organisation_member.
 *
 * The row-level security policies of the register call them.  Where a
 * policy is not an index condition (a sequential scan, a scan by id),
 * PostgreSQL evaluates a reader's own cheap leakproof conditions first and
 * the policy only on the rows that pass them, hidden rows included.  Read
 * with the statistics counters on, each evaluation that reads
 * organisation_member would count in pg_stat_xact_user_tables, and a member
 * could count another organisation's rows that match any condition it
 * likes (issue 18).  So the read runs with track_counts off, set here as a
 * SECURITY DEFINER function owned by a superuser would set it: the
 * counters of organisation_member do not depend on how often a policy ran
 * (and the table is linked to the counters again afterwards, for a
 * statement that reads it itself).
 * The answer is kept until the end of the statement (the same command of
 * the same transaction, for the same role), so that a policy evaluated row
 * by row reads the table once per statement.
 *
 * The read itself is SQL through SPI, under the caller's rights and
 * row-level security (a member reads its own rows of organisation_member),
 * with search_path pinned; on a Citus cluster organisation_member is a
 * reference table read through Citus, inside a query on a shard.
 */
#include "compat.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "pgstat.h"

PG_FUNCTION_INFO_V1(member_organisations);
PG_FUNCTION_INFO_V1(writable_organisations);

/* one statement's answer: which read, for whom, when */
typedef struct MembershipCache
{
	bool		valid;
	CommandId	command;
	Oid			role;
	ArrayType  *ids;			/* in TopTransactionContext */
} MembershipCache;

/* [0]: every organisation the role reads; [1]: those it writes */
static MembershipCache membership_cache[2];
static bool reset_callback_registered = false;
static MemoryContextCallback reset_callback;

/* the transaction's memory is gone: so is every cached answer */
static void
membership_cache_forget(void *arg)
{
	(void) arg;
	membership_cache[0].valid = false;
	membership_cache[1].valid = false;
	reset_callback_registered = false;
}

/* the query, with the extension's schema (the function's own) quoted */
static char *
membership_query(Oid schema_id, bool writable)
{
	char	   *schema = get_namespace_name(schema_id);

	if (schema == NULL)
		elog(ERROR, "circular_ict: the schema %u of the membership functions is gone", schema_id);
	return psprintf("SELECT coalesce(pg_catalog.array_agg(m.organisation_id ORDER BY m.organisation_id),"
					" '{}'::pg_catalog.int4[])"
					" FROM %s.organisation_member m"
					" WHERE m.role OPERATOR(pg_catalog.=) CURRENT_USER%s",
					quote_identifier(schema), writable ? " AND m.can_write" : "");
}

/*
 * With track_counts off, opening organisation_member and its indexes for the
 * read unlinked them from the counters of the statement around it, which
 * may read the table too: link them again, so that what that statement
 * counts of its own reads does not depend on when a policy first ran.
 */
static void
membership_counters_relink(Oid schema)
{
	Oid			relid = get_relname_relid("organisation_member", schema);
	Relation	rel;
	List	   *indexes;
	ListCell   *lc;

	if (!OidIsValid(relid))
		return;
	rel = RelationIdGetRelation(relid);
	if (!RelationIsValid(rel))
		return;
	pgstat_init_relation(rel);
	indexes = RelationGetIndexList(rel);
	foreach(lc, indexes)
	{
		Relation	index = RelationIdGetRelation(lfirst_oid(lc));

		if (RelationIsValid(index))
		{
			pgstat_init_relation(index);
			RelationClose(index);
		}
	}
	list_free(indexes);
	RelationClose(rel);
}

/* read the ids from organisation_member, counters off, into memory of cxt */
static ArrayType *
membership_read(Oid function, bool writable, MemoryContext cxt)
{
	Oid			schema = get_func_namespace(function);
	char	   *query = membership_query(schema, writable);
	int			nest = NewGUCNestLevel();
	bool		isnull;
	Datum		value;
	ArrayType  *ids;
	MemoryContext old;

	/* restored by AtEOXact_GUC below, or by the abort of an error */
	(void) set_config_option("track_counts", "off", PGC_SUSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	/* on Citus: organisation_member is read inside a query on a shard */
	if (GetConfigOption("citus.allow_nested_distributed_execution", true, false) != NULL)
		(void) set_config_option("citus.allow_nested_distributed_execution", "on", PGC_USERSET,
								 PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "circular_ict: SPI_connect failed");
	if (SPI_execute(query, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "circular_ict: reading organisation_member failed");
	value = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (isnull)
		elog(ERROR, "circular_ict: reading organisation_member gave NULL");
	old = MemoryContextSwitchTo(cxt);
	ids = DatumGetArrayTypePCopy(value);
	MemoryContextSwitchTo(old);
	SPI_finish();

	AtEOXact_GUC(true, nest);
	membership_counters_relink(schema);
	pfree(query);
	return ids;
}

/* the ids, from this statement's cache or read once for it */
static Datum
membership_ids(FunctionCallInfo fcinfo, bool writable)
{
	MembershipCache *cache = &membership_cache[writable ? 1 : 0];
	CommandId	command = GetCurrentCommandId(false);
	Oid			role = GetUserId();

	if (!(cache->valid && cache->command == command && cache->role == role))
	{
		ArrayType  *ids;

		/* the schema to read from is the function's own */
		if (fcinfo->flinfo == NULL || !OidIsValid(fcinfo->flinfo->fn_oid))
			elog(ERROR, "circular_ict: the membership functions must be called through SQL");
		ids = membership_read(fcinfo->flinfo->fn_oid, writable, TopTransactionContext);

		if (!reset_callback_registered)
		{
			reset_callback.func = membership_cache_forget;
			reset_callback.arg = NULL;
			MemoryContextRegisterResetCallback(TopTransactionContext, &reset_callback);
			reset_callback_registered = true;
		}
		if (cache->valid)
			pfree(cache->ids);
		cache->ids = ids;
		cache->command = command;
		cache->role = role;
		cache->valid = true;
	}
	/* the caller gets its own copy, in its own memory */
	PG_RETURN_ARRAYTYPE_P(DatumGetArrayTypePCopy(PointerGetDatum(cache->ids)));
}

/* member_organisations() → integer[]: the organisations the role reads */
Datum
member_organisations(PG_FUNCTION_ARGS)
{
	return membership_ids(fcinfo, false);
}

/* writable_organisations() → integer[]: those it also writes */
Datum
writable_organisations(PG_FUNCTION_ARGS)
{
	return membership_ids(fcinfo, true);
}
