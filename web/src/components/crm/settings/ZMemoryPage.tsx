import SettingsPage from './SettingsPage';
import ZMemory from './ZMemory';

export default function ZMemoryPage() {
  return <SettingsPage tab="memory">{() => <ZMemory />}</SettingsPage>;
}
