package org.trendfinder.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;

/** The dashboard: a Spring Boot app serving Vaadin views over a trend store (local folder or S3). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Viewport("width=device-width, initial-scale=1")
public class DashboardApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, args);
    }
}
