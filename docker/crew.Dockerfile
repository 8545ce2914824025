# syntax=docker/dockerfile:1
# Every image docker-compose.yml builds from this repository, one target each:
#   service          a Spring Boot service   --build-arg MODULE=program-service --target service
#   schema-register  the one-shot step that registers every published schema version (MODULE=schemas)
#   demo-data        the one-shot demo history loader (MODULE=demo-data)
# Needs BuildKit (the default builder of Docker 23+ and of docker compose v2).
ARG MAVEN_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# Only the poms leave this stage. An unchanged set of poms gives a byte-identical layer below, so the
# dependency layer stays cached whatever source file changed.
FROM ${MAVEN_IMAGE} AS poms
WORKDIR /src
COPY . .
RUN mkdir /poms && find . -name pom.xml -exec cp --parents {} /poms \;

# Dependencies and plugins of MODULE and the modules it needs, resolved from the poms alone. The
# cache mount keeps ~/.m2 between builds (and between the images), so a pom change downloads only
# what is new; the package step below fetches whatever go-offline does not foresee. Locked: compose
# builds the images in parallel, and Maven's local repository is not safe for concurrent writers.
FROM ${MAVEN_IMAGE} AS deps
ARG MODULE
WORKDIR /src
COPY --from=poms /poms/ ./
RUN --mount=type=cache,target=/root/.m2,id=crew-m2,sharing=locked \
    mvn -B -ntp -q -pl "${MODULE}" -am dependency:go-offline

FROM deps AS build
ARG MODULE
COPY . .
RUN --mount=type=cache,target=/root/.m2,id=crew-m2,sharing=locked \
    mvn -B -ntp -q -DskipTests -pl "${MODULE}" -am package

FROM build AS schemas-runtime
RUN --mount=type=cache,target=/root/.m2,id=crew-m2,sharing=locked \
    mvn -B -ntp -q -pl schemas dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory=/out/lib \
    && cp schemas/target/schemas-*-SNAPSHOT.jar /out/

FROM ${RUNTIME_IMAGE} AS service
ARG MODULE
# curl: the compose health check.
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER 1000
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/app.jar"]

FROM ${RUNTIME_IMAGE} AS schema-register
COPY --from=schemas-runtime /out/ /app/
USER 1000
ENTRYPOINT ["java", "-cp", "/app/*:/app/lib/*", "org.crewtraining.contracts.SchemaRegistration"]

FROM ${RUNTIME_IMAGE} AS demo-data
COPY --from=build /src/demo-data/target/demo-data.jar /app/demo-data.jar
USER 1000
ENTRYPOINT ["java", "-jar", "/app/demo-data.jar"]
