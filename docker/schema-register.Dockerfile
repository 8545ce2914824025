# One-shot deploy step of docker-compose.yml: registers every published schema version
# (org.crewtraining.contracts.SchemaRegistration) in the registry at CREW_REGISTRY_URL.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -q -pl schemas compile dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory=/src/schemas/target/lib

FROM eclipse-temurin:17-jre
COPY --from=build /src/schemas/target/classes /app/classes
COPY --from=build /src/schemas/target/lib /app/lib
USER 1000
ENTRYPOINT ["java", "-cp", "/app/classes:/app/lib/*", "org.crewtraining.contracts.SchemaRegistration"]
