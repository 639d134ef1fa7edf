import { ElMessage } from 'element-plus';
import { onMounted, ref, type Ref } from 'vue';
import { showError } from '../../utils/errors';

/**
 * A list of things waiting to be signed and sent (receipts, decisions): the
 * rows, the passphrase typed once for the list, the row being sent, and the
 * send that reloads the list afterwards.
 */
export function useSignAndSend<Row, Key extends string>(options: {
  load: () => Promise<Row[]>;
  send: (key: Key, passphrase: string) => Promise<string>;
}) {
  const rows = ref([]) as Ref<Row[]>;
  const passphrase = ref('');
  const sending = ref<Key | null>(null) as Ref<Key | null>;

  async function load(): Promise<void> {
    try {
      rows.value = await options.load();
    } catch (error) {
      showError(error);
    }
  }

  async function send(key: Key): Promise<void> {
    sending.value = key;
    try {
      ElMessage.success({ message: await options.send(key, passphrase.value), duration: 6000 });
      await load();
    } catch (error) {
      showError(error);
    } finally {
      sending.value = null;
    }
  }

  onMounted(load);
  return { rows, passphrase, sending, load, send };
}
