# syntax=docker/dockerfile:1
# Guild: multi-stage build of the Next.js standalone server.
#   docker build -t guild .
#   docker run -p 3000:3000 -v guild-data:/data -e AUTH_SECRET="$(openssl rand -base64 32)" guild

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# `npm run build` also copies .next/static, public/ and drizzle/ into .next/standalone.
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    DATABASE_URL=file:/data/guild.db \
    MIGRATIONS_DIR=/app/drizzle
RUN groupadd --system --gid 1001 guild \
 && useradd --system --uid 1001 --gid guild --no-create-home guild \
 && mkdir -p /data && chown guild:guild /data
COPY --from=build --chown=guild:guild /app/.next/standalone ./
USER guild
# The embedded database lives here; mount a volume so it outlives the container.
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Migrations run at start (src/instrumentation.ts) before the first request is served.
CMD ["node", "server.js"]
