package com.hashinsight.ui.export;

import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.comparison.ComparisonResult;
import com.hashinsight.ui.task.BackgroundTasks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export state: the comparison the comparison screen shows now, and saving it as PDF or PNG in the background. The
 * exported files hold only that comparison, so only the open workspace's one client.
 */
public final class ExportViewModel {

    private static final Logger log = LoggerFactory.getLogger(ExportViewModel.class);

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectProperty<ComparisonResult> comparison;
    private final ReadOnlyObjectWrapper<LocalizedText> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ExportViewModel(BackgroundTasks tasks, ReadOnlyObjectProperty<ComparisonResult> comparison) {
        this.tasks = tasks;
        this.comparison = comparison;
    }

    /** Comparison that an export saves; null while none is scored. */
    public ReadOnlyObjectProperty<ComparisonResult> comparisonProperty() {
        return comparison;
    }

    /** Outcome of the last export, or its error. */
    public ReadOnlyObjectProperty<LocalizedText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Writes the comparison to {@code file} as PDF in the background. */
    public void exportPdf(Path file) {
        ComparisonResult result = comparison.get();
        if (result == null) {
            message.set(LocalizedText.of("ui.export.noComparison"));
            return;
        }
        run(file, () -> ComparisonPdf.write(result, file));
    }

    /** Writes {@code image}, rendered from the comparison by {@link ComparisonPng}, to {@code file} as PNG. */
    public void exportPng(Path file, BufferedImage image) {
        run(file, () -> {
            try {
                if (!ImageIO.write(image, "png", file.toFile())) {
                    throw new ExportException("ui.export.error.write", file, "no PNG writer");
                }
            } catch (IOException e) {
                throw new ExportException(e, "ui.export.error.write", file, e.getMessage());
            }
        });
    }

    /** Work that writes one export file. */
    @FunctionalInterface
    private interface Writer {
        void write() throws ExportException;
    }

    private void run(Path file, Writer writer) {
        busy.set(true);
        message.set(LocalizedText.of("ui.export.saving", file.getFileName()));
        tasks.submit(LocalizedText.of("ui.export.task"), progress -> {
            writer.write();
            return file;
        }, saved -> {
            busy.set(false);
            log.info("Exported the comparison to {}", saved);
            message.set(LocalizedText.of("ui.export.saved", saved.toAbsolutePath()));
        }, error -> {
            busy.set(false);
            message.set(error instanceof ExportException export ? export.text()
                    : LocalizedText.of("ui.export.error.write", file, String.valueOf(error.getMessage())));
        });
    }
}
