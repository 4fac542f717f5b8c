// Tests never read a developer's default database: each file opens its own temp file.
process.env.DATABASE_URL ??= "file::memory:";
