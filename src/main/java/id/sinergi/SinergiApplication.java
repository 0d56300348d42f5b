package id.sinergi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SinergiApplication {

    public static void main(String[] args) {
        SpringApplication.run(SinergiApplication.class, args);
    }
}
