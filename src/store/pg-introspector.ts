import {
  type ColumnMetadata,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  PostgresDialect,
  type SchemaMetadata,
  sql,
  type TableMetadata,
} from 'kysely';

// Kysely's bookkeeping tables, hidden unless asked for (as Kysely's own introspector does).
const KYSELY_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/**
 * PostgreSQL as Kysely sees it, with table introspection limited to the connection's own schema.
 * Kysely's introspector reads every table of every schema and calls `pg_get_serial_sequence` on
 * each by its schema-qualified name; the migrator runs it at every start. With several Gantry
 * databases in one PostgreSQL (the test suite makes one schema per test file and drops it
 * after), a schema dropped during that scan failed another's start with "schema … does not
 * exist". Gantry only ever asks about its own schema.
 */
export class SchemaScopedPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SchemaScopedIntrospector(db);
  }
}

interface ColumnRow {
  table_name: string;
  table_schema: string;
  table_type: string;
  column_name: string;
  data_type: string;
  udt_schema: string;
  is_nullable: string;
  column_default: string | null;
  is_identity: string;
}

class SchemaScopedIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<SchemaMetadata>`select nspname as name from pg_catalog.pg_namespace`.execute(this.db);
    return rows;
  }

  async getTables(options: DatabaseMetadataOptions = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow>`
      select c.table_name, c.table_schema, t.table_type, c.column_name, c.udt_name as data_type, c.udt_schema,
             c.is_nullable, c.column_default, c.is_identity
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema()
      order by c.table_name, c.ordinal_position`.execute(this.db);
    const tables = new Map<string, { name: string; schema: string; isView: boolean; columns: ColumnMetadata[] }>();
    for (const r of rows) {
      if (!options.withInternalKyselyTables && KYSELY_TABLES.has(r.table_name)) continue;
      let table = tables.get(r.table_name);
      if (!table) {
        table = { name: r.table_name, schema: r.table_schema, isView: r.table_type === 'VIEW', columns: [] };
        tables.set(r.table_name, table);
      }
      table.columns.push({
        name: r.column_name,
        dataType: r.data_type,
        dataTypeSchema: r.udt_schema,
        isNullable: r.is_nullable === 'YES',
        hasDefaultValue: r.column_default !== null || r.is_identity === 'YES',
        isAutoIncrementing: r.is_identity === 'YES' || (r.column_default?.startsWith('nextval(') ?? false),
      });
    }
    return [...tables.values()];
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}
