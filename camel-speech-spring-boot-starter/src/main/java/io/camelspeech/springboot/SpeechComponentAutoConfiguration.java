package io.camelspeech.springboot;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.store.InMemoryJobStore;
import io.camelspeech.component.store.JdbcJobStore;
import io.camelspeech.component.store.JobStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code speech} component from {@code camel.component.speech.*}, as camel-spring-boot's generated
 * component starters do: a {@link ComponentCustomizer} copies every option set in {@link SpeechComponentConfiguration}
 * onto the component through the component's own property configurer (endpoint options land in the component's
 * configuration, the defaults of every speech endpoint), when the component is created.
 * <p>
 * What the starter adds to a generated one: {@code camel.component.speech.job-store} chooses the job store by name
 * ({@code file}, {@code jdbc} on the application's {@link DataSource}, {@code memory}, or {@code #bean:name}).
 * Micrometer needs nothing here: the component looks its {@code MeterRegistry} up in Camel's registry, which in
 * Spring Boot is the application context (the primary registry when there are several).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class,
                   afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, SpeechComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.speech" })
public class SpeechComponentAutoConfiguration {

    /** Properties of the starter that are not options of the component (job-store is a name here, not a JobStore). */
    static final Set<String> STARTER_ONLY = Set.of("enabled", "customizer", "jobStore", "jobStoreTable");

    private static final Logger LOG = LoggerFactory.getLogger(SpeechComponentAutoConfiguration.class);

    @Autowired
    private ApplicationContext applicationContext;
    private final CamelContext camelContext;
    @Autowired
    private SpeechComponentConfiguration configuration;

    public SpeechComponentAutoConfiguration(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureSpeechComponent(ObjectProvider<DataSource> dataSources) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                copyProperties(camelContext, configuration, target);
                JobStore store = jobStore(configuration, dataSources, applicationContext);
                if (store != null) {
                    ((SpeechComponent) target).setJobStore(store);
                }
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.speech.customizer") && target instanceof SpeechComponent;
            }
        };
    }

    /**
     * {@link CamelPropertiesHelper#copyProperties} without the starter's own properties, and with the component's
     * {@code configuration} (when one is given) set before the options that go into it, so that it cannot replace
     * them.
     */
    static void copyProperties(CamelContext context, SpeechComponentConfiguration source, Component target) {
        Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(context, source);
        options.keySet().removeAll(STARTER_ONLY);
        Map<String, Object> ordered = new LinkedHashMap<>();
        Object speechConfiguration = options.remove("configuration");
        if (speechConfiguration != null) {
            ordered.put("configuration", speechConfiguration);
        }
        ordered.putAll(options);
        CamelPropertiesHelper.setCamelProperties(context, target, ordered, false);
    }

    /**
     * The job store {@code camel.component.speech.job-store} names; null leaves the component's default (its own file
     * store in job-store-directory, or a single JobStore bean, which Camel autowires).
     */
    static JobStore jobStore(SpeechComponentConfiguration configuration, ObjectProvider<DataSource> dataSources,
                             ApplicationContext applicationContext) {
        String kind = configuration.getJobStore() == null ? "" : configuration.getJobStore().trim();
        if (kind.startsWith("#")) {
            String bean = kind.startsWith("#bean:") ? kind.substring("#bean:".length()) : kind.substring(1);
            LOG.info("speech: job store is the bean {}", bean);
            return applicationContext.getBean(bean, JobStore.class);
        }
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "":
            case "file":
                return null;
            case "memory":
                LOG.info("speech: job store in memory (jobs do not survive a restart)");
                return new InMemoryJobStore();
            case "jdbc":
                DataSource dataSource = dataSources.getIfUnique();
                if (dataSource == null) {
                    throw new IllegalStateException("camel.component.speech.job-store=jdbc needs one DataSource in the"
                            + " application context (e.g. spring-boot-starter-jdbc and spring.datasource.url), or a"
                            + " primary one among several; none was found");
                }
                String table = configuration.getJobStoreTable() == null || configuration.getJobStoreTable().isBlank()
                        ? JdbcJobStore.DEFAULT_TABLE : configuration.getJobStoreTable().trim();
                JdbcJobStore store = new JdbcJobStore(dataSource, table);
                LOG.info("speech: job store {}", store.describe());
                return store;
            default:
                throw new IllegalArgumentException("camel.component.speech.job-store must be file, jdbc, memory or"
                        + " #bean:name, was '" + configuration.getJobStore() + "'");
        }
    }
}
