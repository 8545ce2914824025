package org.crewtraining.enrollment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrollmentServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(EnrollmentServiceApplication.class, args);
  }
}
