package id.sinergi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartTemporaryFilesTest {

    @TempDir
    Path data;

    @Test
    void theUploadFolderIsCreatedAndWhatAKilledProcessLeftThereIsRemoved() throws IOException {
        Path folder = data.resolve("evidence/.multipart");

        assertThat(MultipartTemporaryFiles.prepare(folder)).isEqualTo(folder.toAbsolutePath()).isDirectory();

        Path stale = Files.write(folder.resolve("upload_3f1c9a1e_0000001.tmp"), new byte[] {'%', 'P', 'D', 'F'});
        Path other = Files.write(folder.resolve("catatan.txt"), new byte[] {1});
        Path outside = Files.write(data.resolve("upload_luar.tmp"), new byte[] {1});

        assertThat(MultipartTemporaryFiles.prepare(folder)).isDirectory();

        assertThat(stale).doesNotExist();
        assertThat(other).doesNotExist();
        assertThat(outside).as("only our own folder is emptied").exists();
    }
}
