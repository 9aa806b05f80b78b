// Proves the database that prisma/migrations builds (applied by lib/db/migrate.ts) is what schema.prisma
// declares: every model's table, columns, types, nullability, keys, uniques, indexes and foreign keys, and every
// enum. Hand-written extras the schema cannot express (check constraints, partial unique indexes) may exist too.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { SqlRunner } from "../../lib/db/sql";
import { registerTestDb } from "../setup/test-db";

const getDb = registerTestDb();

// --- The schema's model (DMMF), only the parts compared here ------------------------------------------------

const fieldSchema = z.object({
  name: z.string(),
  dbName: z.string().nullish(),
  kind: z.string(),
  type: z.string(),
  isList: z.boolean(),
  isRequired: z.boolean(),
  isUnique: z.boolean(),
  isId: z.boolean(),
  nativeType: z.tuple([z.string(), z.array(z.string())]).nullish(),
  relationFromFields: z.array(z.string()).optional(),
  relationToFields: z.array(z.string()).optional(),
  relationOnDelete: z.string().optional(),
  relationOnUpdate: z.string().optional(),
});

const datamodelSchema = z.object({
  models: z.array(
    z.object({
      name: z.string(),
      dbName: z.string().nullable(),
      fields: z.array(fieldSchema),
      primaryKey: z.object({ fields: z.array(z.string()) }).nullable(),
      uniqueFields: z.array(z.array(z.string())),
      uniqueIndexes: z.array(z.object({ fields: z.array(z.string()) })),
    }),
  ),
  enums: z.array(
    z.object({
      name: z.string(),
      dbName: z.string().nullish(),
      values: z.array(z.object({ name: z.string(), dbName: z.string().nullish() })),
    }),
  ),
  indexes: z.array(
    z.object({ model: z.string(), type: z.string(), fields: z.array(z.object({ name: z.string() })) }),
  ),
});

type Datamodel = z.infer<typeof datamodelSchema>;
type Model = Datamodel["models"][number];
type Field = z.infer<typeof fieldSchema>;

// Prisma's CLI keeps getDMMF to itself but hands the DMMF to every generator, so `prisma generate` runs on a
// copy of the schema with one extra generator: this script, which writes what it receives to its output folder.
// Protocol: JSON-RPC requests arrive on stdin, replies go to stderr, one JSON object a line.
const DUMP_DMMF_GENERATOR = `
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

const reply = (id, result) => process.stderr.write(JSON.stringify({ jsonrpc: "2.0", id, result }) + "\\n");
createInterface({ input: process.stdin }).on("line", (line) => {
  const { id, method, params } = JSON.parse(line);
  if (method === "getManifest") reply(id, { manifest: { prettyName: "DMMF dump", requiresEngines: [] } });
  if (method === "generate") {
    const out = params.generator.output.value;
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "datamodel.json"), JSON.stringify(params.dmmf.datamodel));
    reply(id, null);
  }
});
`;

async function loadDatamodel(): Promise<Datamodel> {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const schema = await readFile(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const dir = await mkdtemp(path.join(os.tmpdir(), "throughline-dmmf-"));
  try {
    const generatorPath = path.join(dir, "dump-dmmf.mjs");
    await writeFile(generatorPath, DUMP_DMMF_GENERATOR);
    const provider = JSON.stringify(`node ${JSON.stringify(generatorPath)}`);
    await writeFile(
      path.join(dir, "schema.prisma"),
      `${schema}\ngenerator dumpDmmf {\n  provider = ${provider}\n  output   = "./out"\n}\n`,
    );
    // Run outside the project so neither prisma.config.ts nor the real client generator is involved.
    await promisify(execFile)(
      process.execPath,
      [prismaCli, "generate", "--schema", "schema.prisma", "--generator", "dumpDmmf"],
      {
        cwd: dir,
        env: {
          ...process.env,
          // Generating needs no schema engine, but the CLI would download one otherwise (see prisma/generate.mjs).
          PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
          CHECKPOINT_DISABLE: "1",
        },
      },
    );
    const json: unknown = JSON.parse(await readFile(path.join(dir, "out", "datamodel.json"), "utf8"));
    return datamodelSchema.parse(json);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// --- The migrated database, read from pg_catalog ----------------------------------------------------------

type DbIndex = { name: string; columns: string[]; isPrimary: boolean; isUnique: boolean; isPartial: boolean };
type DbForeignKey = {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};
type DbTable = {
  columns: Map<string, { type: string; notNull: boolean }>;
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
};
type DbSchema = { tables: Map<string, DbTable>; enums: Map<string, string[]> };

// pg_constraint's confdeltype/confupdtype codes, named as in schema.prisma.
const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

// Enum columns are described as "enum <type name>" so they compare by the type's name, whatever its quoting.
const COLUMNS_SQL = `
SELECT c.relname AS table_name, a.attname AS column_name, a.attnotnull AS not_null,
  CASE
    WHEN t.typtype = 'e' THEN 'enum ' || t.typname
    WHEN et.typtype = 'e' THEN 'enum ' || et.typname || '[]'
    ELSE format_type(a.atttypid, a.atttypmod)
  END AS type
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;

// Key columns only (not INCLUDE ones); an expression's position has no attribute, so it reads as null.
const INDEXES_SQL = `
SELECT t.relname AS table_name, i.relname AS index_name, x.indisprimary AS is_primary,
  x.indisunique AS is_unique, x.indpred IS NOT NULL AS is_partial,
  (SELECT json_agg(a.attname ORDER BY k.ord)
     FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
     LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
     WHERE k.ord <= x.indnkeyatts) AS columns
FROM pg_index x
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema()`;

const FOREIGN_KEYS_SQL = `
SELECT con.conname AS name, t.relname AS table_name, r.relname AS referenced_table,
  con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
  (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
  (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS referenced_columns
FROM pg_constraint con
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_class r ON r.oid = con.confrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE con.contype = 'f' AND n.nspname = current_schema()`;

const ENUMS_SQL = `
SELECT t.typname AS name, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
FROM pg_type t
JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = current_schema()
GROUP BY t.typname`;

const columnRows = z.array(
  z.object({
    table_name: z.string(),
    column_name: z.string().nullable(),
    type: z.string().nullable(),
    not_null: z.boolean().nullable(),
  }),
);
const indexRows = z.array(
  z.object({
    table_name: z.string(),
    index_name: z.string(),
    is_primary: z.boolean(),
    is_unique: z.boolean(),
    is_partial: z.boolean(),
    columns: z.array(z.string().nullable()),
  }),
);
const foreignKeyRows = z.array(
  z.object({
    name: z.string(),
    table_name: z.string(),
    referenced_table: z.string(),
    on_delete: z.string(),
    on_update: z.string(),
    columns: z.array(z.string()),
    referenced_columns: z.array(z.string()),
  }),
);
const enumRows = z.array(z.object({ name: z.string(), labels: z.array(z.string()) }));

async function readDbSchema(sql: SqlRunner): Promise<DbSchema> {
  const tables = new Map<string, DbTable>();
  const tableNamed = (name: string): DbTable => {
    let table = tables.get(name);
    if (!table) {
      table = { columns: new Map(), indexes: [], foreignKeys: [] };
      tables.set(name, table);
    }
    return table;
  };
  for (const row of columnRows.parse(await sql.query(COLUMNS_SQL))) {
    const table = tableNamed(row.table_name);
    if (row.column_name !== null && row.type !== null) {
      table.columns.set(row.column_name, { type: row.type, notNull: row.not_null === true });
    }
  }
  for (const row of indexRows.parse(await sql.query(INDEXES_SQL))) {
    const columns = row.columns.filter((c) => c !== null);
    // Indexes over expressions never match a list of plain columns, so they are left out.
    if (columns.length !== row.columns.length) continue;
    tableNamed(row.table_name).indexes.push({
      name: row.index_name,
      columns,
      isPrimary: row.is_primary,
      isUnique: row.is_unique,
      isPartial: row.is_partial,
    });
  }
  for (const row of foreignKeyRows.parse(await sql.query(FOREIGN_KEYS_SQL))) {
    tableNamed(row.table_name).foreignKeys.push({
      name: row.name,
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: REFERENTIAL_ACTIONS[row.on_delete] ?? row.on_delete,
      onUpdate: REFERENTIAL_ACTIONS[row.on_update] ?? row.on_update,
    });
  }
  const enums = new Map(enumRows.parse(await sql.query(ENUMS_SQL)).map((row) => [row.name, row.labels]));
  return { tables, enums };
}

// --- The comparison ----------------------------------------------------------------------------------------

// Prisma's own bookkeeping, created by lib/db/migrate.ts rather than by a migration.
const MIGRATIONS_TABLE = "_prisma_migrations";

// What `prisma migrate` creates on PostgreSQL for each scalar type, and for the native types it knows here.
const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Bytes: "bytea",
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => "uuid",
  Text: () => "text",
  Date: () => "date",
  VarChar: ([length]) => (length ? `character varying(${length})` : "character varying"),
};

function getTableName(model: Model): string {
  return model.dbName ?? model.name;
}

function getColumnName(model: Model, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName);
  return field?.dbName ?? fieldName;
}

function isColumn(field: Field): boolean {
  return field.kind === "scalar" || field.kind === "enum";
}

function formatColumns(columns: string[]): string {
  return `(${columns.join(", ")})`;
}

function isSameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The column type schema.prisma implies, as pg's format_type prints it, or an error when unknown here. */
function describeExpectedType(field: Field, datamodel: Datamodel): { type: string } | { error: string } {
  let base: string | undefined;
  if (field.kind === "enum") {
    const enumDef = datamodel.enums.find((e) => e.name === field.type);
    base = `enum ${enumDef?.dbName ?? field.type}`;
  } else if (field.nativeType) {
    const [name, args] = field.nativeType;
    base = NATIVE_TYPES[name]?.(args);
    if (!base) return { error: `no expected PostgreSQL type for @db.${name}; add it to NATIVE_TYPES` };
  } else {
    base = SCALAR_TYPES[field.type];
    if (!base) return { error: `no expected PostgreSQL type for ${field.type}; add it to SCALAR_TYPES` };
  }
  return { type: field.isList ? `${base}[]` : base };
}

function compareColumns(model: Model, table: DbTable, datamodel: Datamodel, differences: string[]): void {
  const tableName = getTableName(model);
  const expected = new Set<string>();
  for (const field of model.fields.filter(isColumn)) {
    const columnName = field.dbName ?? field.name;
    const where = `${tableName}.${columnName}`;
    expected.add(columnName);
    const column = table.columns.get(columnName);
    if (!column) {
      differences.push(`${where}: column is missing`);
      continue;
    }
    const expectedType = describeExpectedType(field, datamodel);
    if ("error" in expectedType) {
      differences.push(`${where}: ${expectedType.error}`);
    } else if (column.type !== expectedType.type) {
      differences.push(`${where}: type is ${column.type}, schema expects ${expectedType.type}`);
    }
    // Prisma creates list columns nullable even though the field is required (prisma/orm#4729).
    if (!field.isList && column.notNull !== field.isRequired) {
      differences.push(
        `${where}: ${column.notNull ? "NOT NULL" : "nullable"}, schema expects ${field.isRequired ? "NOT NULL" : "nullable"}`,
      );
    }
  }
  for (const columnName of table.columns.keys()) {
    if (!expected.has(columnName)) {
      differences.push(`${tableName}.${columnName}: column is not in the schema`);
    }
  }
}

function compareKeysAndIndexes(
  model: Model,
  table: DbTable,
  datamodel: Datamodel,
  differences: string[],
): void {
  const tableName = getTableName(model);
  const toColumns = (fieldNames: string[]) => fieldNames.map((name) => getColumnName(model, name));

  const primaryKey = toColumns(
    model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name),
  );
  const actualPrimaryKey = table.indexes.find((i) => i.isPrimary)?.columns ?? [];
  if (!isSameList(actualPrimaryKey, primaryKey)) {
    differences.push(
      `${tableName}: primary key is ${formatColumns(actualPrimaryKey)}, schema expects ${formatColumns(primaryKey)}`,
    );
  }

  // Only a unique index over every row enforces the rule; partial ones (hand-written) enforce something else.
  const fullUniques = table.indexes.filter((i) => i.isUnique && !i.isPartial && !i.isPrimary);
  const uniques = new Map<string, string[]>();
  const declaredUniques = [
    ...model.fields.filter((f) => f.isUnique).map((f) => [f.name]),
    ...model.uniqueFields,
    ...model.uniqueIndexes.map((u) => u.fields),
  ];
  for (const fieldNames of declaredUniques) {
    const columns = toColumns(fieldNames);
    uniques.set(columns.join("\0"), columns);
  }
  for (const columns of uniques.values()) {
    if (!fullUniques.some((i) => isSameList(i.columns, columns))) {
      differences.push(`${tableName}: no unique index or constraint on ${formatColumns(columns)}`);
    }
  }
  // An undeclared unique rejects rows the schema allows, so it counts as drift; a plain extra index does not.
  for (const index of fullUniques) {
    if (!uniques.has(index.columns.join("\0"))) {
      differences.push(
        `${tableName}: unique index "${index.name}" on ${formatColumns(index.columns)} is not in the schema`,
      );
    }
  }

  for (const index of datamodel.indexes.filter((i) => i.model === model.name && i.type === "normal")) {
    const columns = toColumns(index.fields.map((f) => f.name));
    const found = table.indexes.some((i) => !i.isUnique && !i.isPartial && isSameList(i.columns, columns));
    if (!found) differences.push(`${tableName}: no index on ${formatColumns(columns)}`);
  }
}

function compareForeignKeys(model: Model, table: DbTable, datamodel: Datamodel, differences: string[]): void {
  const tableName = getTableName(model);
  const matched = new Set<DbForeignKey>();
  for (const field of model.fields) {
    const fromFields = field.relationFromFields ?? [];
    if (field.kind !== "object" || fromFields.length === 0) continue;
    const target = datamodel.models.find((m) => m.name === field.type);
    if (!target) {
      differences.push(`${tableName}: relation ${field.name} points at unknown model ${field.type}`);
      continue;
    }
    const columns = fromFields.map((name) => getColumnName(model, name));
    const reference = `${getTableName(target)}${formatColumns((field.relationToFields ?? []).map((name) => getColumnName(target, name)))}`;
    const where = `${tableName}: foreign key ${formatColumns(columns)} → ${reference}`;
    // Prisma's defaults when the schema names no action.
    const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
    const onUpdate = field.relationOnUpdate ?? "Cascade";

    const foreignKey = table.foreignKeys.find((fk) => isSameList(fk.columns, columns));
    if (!foreignKey) {
      differences.push(`${where} is missing`);
      continue;
    }
    matched.add(foreignKey);
    const actualReference = `${foreignKey.referencedTable}${formatColumns(foreignKey.referencedColumns)}`;
    if (actualReference !== reference) differences.push(`${where}: references ${actualReference} instead`);
    if (foreignKey.onDelete !== onDelete) {
      differences.push(`${where}: ON DELETE is ${foreignKey.onDelete}, schema expects ${onDelete}`);
    }
    if (foreignKey.onUpdate !== onUpdate) {
      differences.push(`${where}: ON UPDATE is ${foreignKey.onUpdate}, schema expects ${onUpdate}`);
    }
  }
  for (const fk of table.foreignKeys.filter((fk) => !matched.has(fk))) {
    differences.push(
      `${tableName}: foreign key "${fk.name}" ${formatColumns(fk.columns)} → ${fk.referencedTable}${formatColumns(fk.referencedColumns)} is not in the schema`,
    );
  }
}

/** Every way the database differs from what the schema declares, one readable line each. */
function compareSchema(datamodel: Datamodel, database: DbSchema): string[] {
  const differences: string[] = [];
  for (const model of datamodel.models) {
    const table = database.tables.get(getTableName(model));
    if (!table) {
      differences.push(`${getTableName(model)}: table is missing`);
      continue;
    }
    compareColumns(model, table, datamodel, differences);
    compareKeysAndIndexes(model, table, datamodel, differences);
    compareForeignKeys(model, table, datamodel, differences);
  }
  const modelTables = new Set(datamodel.models.map(getTableName));
  for (const tableName of database.tables.keys()) {
    if (tableName !== MIGRATIONS_TABLE && !modelTables.has(tableName)) {
      differences.push(`${tableName}: table is not in the schema`);
    }
  }

  const schemaEnums = new Set<string>();
  for (const enumDef of datamodel.enums) {
    const name = enumDef.dbName ?? enumDef.name;
    schemaEnums.add(name);
    const expected = enumDef.values.map((v) => v.dbName ?? v.name);
    const actual = database.enums.get(name);
    if (!actual) {
      differences.push(`enum ${name}: type is missing`);
    } else if (!isSameList(actual, expected)) {
      differences.push(
        `enum ${name}: values are [${actual.join(", ")}], schema expects [${expected.join(", ")}]`,
      );
    }
  }
  for (const name of database.enums.keys()) {
    if (!schemaEnums.has(name)) differences.push(`enum ${name}: type is not in the schema`);
  }
  return differences;
}

// --- Tests -------------------------------------------------------------------------------------------------

function findModel(datamodel: Datamodel, modelName: string): Model {
  const model = datamodel.models.find((m) => m.name === modelName);
  if (!model) throw new Error(`schema.prisma has no model ${modelName}; pick another one for this test`);
  return model;
}

function findField(datamodel: Datamodel, modelName: string, fieldName: string): Field {
  const field = findModel(datamodel, modelName).fields.find((f) => f.name === fieldName);
  if (!field) {
    throw new Error(`schema.prisma has no ${modelName}.${fieldName}; pick another field for this test`);
  }
  return field;
}

function removeField(datamodel: Datamodel, modelName: string, fieldName: string): void {
  const model = findModel(datamodel, modelName);
  model.fields = model.fields.filter((f) => f !== findField(datamodel, modelName, fieldName));
}

describe("the migrated database matches schema.prisma", () => {
  let datamodel: Datamodel;
  let database: DbSchema;

  beforeAll(async () => {
    [datamodel, database] = await Promise.all([loadDatamodel(), getDb().withSql(readDbSchema)]);
  });

  it("has every model's table, columns, types, nullability, keys, uniques, indexes, foreign keys and enums", () => {
    expect(compareSchema(datamodel, database)).toEqual([]);
  });

  it("reports each difference when the schema says something else (the comparison is not vacuous)", () => {
    const altered = structuredClone(datamodel);
    findField(altered, "Workspace", "name").isUnique = true;
    findField(altered, "User", "passwordHash").isRequired = true;
    const department = findModel(altered, "Department");
    department.uniqueFields = department.uniqueFields.filter((u) => !u.includes("position"));
    department.uniqueIndexes = department.uniqueIndexes.filter((u) => !u.fields.includes("position"));
    altered.indexes.push({ model: "Journey", type: "normal", fields: [{ name: "name" }] });
    removeField(altered, "Stage", "description");
    findField(altered, "Touchpoint", "version").type = "BigInt";
    removeField(altered, "Claim", "decidedBy");
    findField(altered, "Comment", "author").relationOnDelete = "Cascade";
    findModel(altered, "CoverageSnapshot").primaryKey = { fields: ["day", "workspaceId"] };
    altered.enums.find((e) => e.name === "RaciRole")?.values.push({ name: "X", dbName: null });

    expect(compareSchema(altered, database)).toEqual([
      "Workspace: no unique index or constraint on (name)",
      "User.passwordHash: nullable, schema expects NOT NULL",
      'Department: unique index "Department_workspaceId_position_key" on (workspaceId, position) is not in the schema',
      "Journey: no index on (name)",
      "Stage.description: column is not in the schema",
      "Touchpoint.version: type is integer, schema expects bigint",
      'Claim: foreign key "Claim_decidedById_fkey" (decidedById) → User(id) is not in the schema',
      "Comment: foreign key (authorId) → User(id): ON DELETE is SetNull, schema expects Cascade",
      "CoverageSnapshot: primary key is (workspaceId, day), schema expects (day, workspaceId)",
      "enum RaciRole: values are [R, A, C, I], schema expects [R, A, C, I, X]",
    ]);
  });
});
