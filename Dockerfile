# Container image of the portal.
# Not built here: the development machines have no Docker engine. docker-compose.yml runs it with a
# PostgreSQL 15 service.
#
# Build stage: publish src/Enbek.Web. The publish output holds the reference data (data/) next to
# Enbek.Web.dll: the web project copies data/**/*.csv into its output.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# Warnings are errors in this repository; a feed that reports known vulnerabilities (NU1901-NU1904)
# must not stop the image build, so those stay warnings here and are shown in the build log.
RUN dotnet publish src/Enbek.Web/Enbek.Web.csproj -c Release -o /app --nologo \
      -p:WarningsNotAsErrors=NU1901%3BNU1902%3BNU1903%3BNU1904

# Runtime stage: the Ubuntu-based ASP.NET Core image, which includes ICU and time zone data
# (globalization invariant mode is off: Kazakh and Russian cultures are used).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The base image listens on port 8080 (ASPNETCORE_HTTP_PORTS).
EXPOSE 8080
USER $APP_UID
# Applies migrations and loads reference and demo data (idempotent), then serves the portal.
# Needs ConnectionStrings__Owner and ConnectionStrings__Portal.
ENTRYPOINT ["/bin/sh", "-c", "dotnet Enbek.Web.dll setup && exec dotnet Enbek.Web.dll"]
