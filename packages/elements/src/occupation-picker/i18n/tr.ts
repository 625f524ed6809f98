/** Turkish texts of the occupation picker, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';

const tr: Messages = {
  label: 'Meslek',
  hint: 'Adın bir kısmını yaz ve listeden bir meslek seç.',
  placeholder: 'Örneğin: aşçı',
  showAll: 'Tüm meslekleri göster',
  loading: 'Bir dakika. Meslekleri yüklüyoruz.',
  loadError: 'Meslekler şu an yüklenemiyor.',
  retry: 'Tekrar dene',
  noResults: 'Meslek bulunamadı. Başka bir kelime dene.',
  results: (n: number) => `${n} meslek bulundu.`,
  chosen: (title: string) => `Seçilen: ${title}.`,
  required: 'Bir meslek seç.',
  sectors: {
    construction: 'İnşaat',
    technology: 'Teknik',
    care: 'Sağlık ve bakım',
    logistics: 'Lojistik',
    hospitality: 'Restoran ve otel',
    retail: 'Mağaza',
    cleaning: 'Temizlik',
    green: 'Bahçe ve park',
  },
  mboLevel: (level: number) => `MBO seviye ${level}`,
};
export default tr;
