# The API (NestJS, built with tsc) and the web app it serves (Angular build). Context: the repository root.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false node node_modules/nx/dist/bin/nx.js run-many -t build --projects=api,web

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/api ./dist/api
COPY --from=build /app/dist/web/browser ./dist/web/browser
# The web build's server part: the API renders pages with it (WEB_SSR; it bundles its own dependencies).
COPY --from=build /app/dist/web/server ./dist/web/server
USER node
EXPOSE 3000
CMD ["node", "dist/api/apps/api/src/main.js"]
