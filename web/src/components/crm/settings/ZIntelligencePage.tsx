import SettingsPage from './SettingsPage';
import ZIntelligence from './ZIntelligence';

export default function ZIntelligencePage() {
  return <SettingsPage tab="z">{(workspace) => <ZIntelligence workspace={workspace} />}</SettingsPage>;
}
