# The public entry: nginx in front of the API, which serves the web app and /graphql (see nginx.conf).
FROM nginx:1.27-alpine
COPY infra/docker/nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
