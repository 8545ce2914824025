# One image recipe for the three services: docker build --build-arg SERVICE=program-service .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN mvn -B -ntp -q -DskipTests -pl "${SERVICE}" -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER 1000
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/app.jar"]
